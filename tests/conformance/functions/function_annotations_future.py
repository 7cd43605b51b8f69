# Under `from __future__ import annotations` a function's annotations are
# their source text.
from __future__ import annotations


def f(a: int, b: list[str] | None = None, *rest: Undefined, k: "Quoted" = 1) -> dict[str, ...]:
    return {}


print(f.__annotations__)


class Node:
    def link(self, other: Node) -> tuple[Node, Node]:
        return (self, other)


print(Node.link.__annotations__)
print((lambda x: x).__annotations__)
