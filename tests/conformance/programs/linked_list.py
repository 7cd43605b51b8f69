# Program: a singly linked list class with push/pop/reverse/find and __len__/__iter__/__repr__.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def push_back(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1
    def pop_front(self):
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out
    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev
    def __len__(self):
        return self.size
    def __iter__(self):
        return iter(self.to_list())
    def __contains__(self, v):
        return v in self.to_list()
    def __getitem__(self, i):
        return self.to_list()[i]
    def __repr__(self):
        return "LinkedList(" + " -> ".join([repr(v) for v in self.to_list()]) + ")"
ll = LinkedList()
print(ll, len(ll), bool(ll))
for i in range(5):
    ll.push_back(i * i)
ll.push_front("head")
print(ll, len(ll), bool(ll))
print(ll.pop_front(), ll, ll[0], ll[-1], 9 in ll, 10 in ll)
ll.reverse()
print(ll, [v * 2 for v in ll], sum(ll), max(ll))
for v in ll:
    print(v, end=" ")
print()
while len(ll) > 0:
    ll.pop_front()
print(ll, len(ll), ll.to_list())
