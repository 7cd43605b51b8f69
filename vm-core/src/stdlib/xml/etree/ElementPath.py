"""The path language of ElementTree's find methods: the subset of XPath
that CPython's ElementPath accepts (tags, *, ., .., //, predicates)."""

# Characters that are one-character operators of the path language.
_SINGLE_OPS = "/.*:[]()@="
_TWO_OPS = ("::", "//", "..", "()", "!=")
# Characters that end a name.
_NAME_STOP = "/[]()@!= \t\n\r\f\v"


def _raw_tokens(path):
    # The path as (operator, name) pairs: one of the two is "", both for
    # a run of whitespace.
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "'" or c == '"':
            j = path.find(c, i + 1)
            if j >= 0:
                out.append((path[i:j + 1], ""))
                i = j + 1
                continue
        elif path[i:i + 2] in _TWO_OPS:
            out.append((path[i:i + 2], ""))
            i += 2
            continue
        elif c in _SINGLE_OPS:
            out.append((c, ""))
            i += 1
            continue
        elif c.isspace():
            j = i + 1
            while j < n and path[j].isspace():
                j += 1
            out.append(("", ""))
            i = j
            continue
        # A name, with an optional {uri} in front.
        start = i
        if c == "{":
            k = path.find("}", i + 1)
            if k > i + 1:
                start = k + 1
        m = start
        while m < n and path[m] not in _NAME_STOP:
            m += 1
        if m == start and start != i:
            m = i
            while m < n and path[m] not in _NAME_STOP:
                m += 1
        if m == i:
            i += 1  # a character no token matches ("!" alone)
            continue
        out.append(("", path[i:m]))
        i = m
    return out


def xpath_tokenizer(pattern, namespaces=None):
    """The tokens of a path, with prefixed names expanded through the
    namespaces map (its "" entry being the default namespace)."""
    default = namespaces.get("") if namespaces else None
    after_at = False
    for op, tag in _raw_tokens(pattern):
        if tag and tag[0] != "{":
            if ":" in tag and namespaces is not None:
                prefix, local = tag.split(":", 1)
                uri = namespaces.get(prefix) if namespaces else None
                if uri is None:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                yield op, "{%s}%s" % (uri, local)
            elif default and not after_at and ":" not in tag:
                yield op, "{%s}%s" % (default, tag)
            else:
                yield op, tag
            after_at = False
        else:
            yield op, tag
            after_at = op == "@"


class _Context:
    # What a selection step may need beyond its input: the element the
    # search started from and, built once, the map of parents.
    __slots__ = ("root", "_parents")

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            m = {}
            for p in self.root.iter():
                for c in p:
                    m[c] = p
            self._parents = m
        return self._parents


def _is_wildcard(tag):
    return tag[:3] == "{*}" or tag[-2:] == "}*"


def _tag_filter(tag):
    # A test for the wildcard forms {*}*, {}*, {*}name and {uri}*.
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        name = tag[3:]
        suffix = "}" + name
        return lambda t: isinstance(t, str) and (t == name or t.endswith(suffix))
    if tag[-2:] == "}*":
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    raise RuntimeError("internal parser error, got " + tag)


def _step_child(tokens, pos, tag):
    if _is_wildcard(tag):
        test = _tag_filter(tag)

        def select(context, result):
            for elem in result:
                for e in elem:
                    if test(e.tag):
                        yield e
        return select, pos
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(context, result):
        for elem in result:
            for e in elem:
                if e.tag == tag:
                    yield e
    return select, pos


def _step_star(context, result):
    for elem in result:
        yield from elem


def _step_self(context, result):
    yield from result


def _step_parent(context, result):
    parents = context.parents()
    seen = set()
    for elem in result:
        p = parents.get(elem)
        if p is not None and p not in seen:
            seen.add(p)
            yield p


def _step_descendant(tokens, pos):
    if pos >= len(tokens):
        raise SyntaxError("invalid path")
    op, tag = tokens[pos]
    pos += 1
    if op == "*":
        tag = "*"
    elif op:
        raise SyntaxError("invalid descendant")
    if _is_wildcard(tag):
        test = _tag_filter(tag)

        def select(context, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and test(e.tag):
                        yield e
        return select, pos
    if tag[:2] == "{}":
        tag = tag[2:]

    def select(context, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select, pos


def _is_int(s):
    if s[:1] == "-":
        s = s[1:]
    return s != "" and s.isdigit() and s.isascii()


def _step_predicate(tokens, pos):
    # Collects the tokens up to "]" into a signature (one character per
    # token: the operator, "-" for a name, "'" for a quoted string).
    sig = []
    args = []
    while True:
        if pos >= len(tokens):
            raise SyntaxError("invalid path")
        op, tag = tokens[pos]
        pos += 1
        if op == "]":
            break
        if op == "" and tag == "":
            continue
        if op and op[0] in "'\"":
            op, tag = "'", op[1:-1]
        sig.append(op or "-")
        args.append(tag)
    sig = "".join(sig)

    if sig == "@-":
        key = args[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select, pos
    if sig == "@-='" or sig == "@-!='":
        key = args[1]
        value = args[-1]
        want = sig == "@-='"

        if want:
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        return select, pos
    if sig == "-" and not _is_int(args[0]):
        tag = args[0]

        def select(context, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return select, pos
    if sig in ("-='", "-!='", ".='", ".!='"):
        tag = args[0]
        value = args[-1]
        want = "!" not in sig
        if sig[0] == ".":
            def select(context, result):
                for elem in result:
                    if ("".join(elem.itertext()) == value) == want:
                        yield elem
        elif want:
            def select(context, result):
                for elem in result:
                    for e in elem.findall(tag):
                        if "".join(e.itertext()) == value:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    for e in elem.iterfind(tag):
                        if "".join(e.itertext()) != value:
                            yield elem
                            break
        return select, pos
    if sig == "-" or sig == "-()" or sig == "-()-":
        if sig == "-":
            index = int(args[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if args[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(args[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parents = context.parents()
            for elem in result:
                p = parents.get(elem)
                if p is None:
                    continue
                same = p.findall(elem.tag)
                if -len(same) <= index < len(same) and same[index] is elem:
                    yield elem
        return select, pos
    raise SyntaxError("invalid predicate")


_cache = {}


def _compile(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = list(xpath_tokenizer(path, namespaces))
    n = len(tokens)
    if n == 0:
        return None
    steps = []
    pos = 0
    while True:
        op, tag = tokens[pos]
        pos += 1
        if op == "":
            step, pos = _step_child(tokens, pos, tag)
        elif op == "*":
            step = _step_star
        elif op == ".":
            step = _step_self
        elif op == "..":
            step = _step_parent
        elif op == "//":
            step, pos = _step_descendant(tokens, pos)
        elif op == "[":
            step, pos = _step_predicate(tokens, pos)
        else:
            raise KeyError(op)
        steps.append(step)
        if pos >= n:
            break
        if tokens[pos][0] == "/":
            pos += 1
            if pos >= n:
                break
    return steps


def _selector(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    if namespaces:
        key = (path, tuple(sorted(namespaces.items())))
    else:
        key = (path, None)
    try:
        return _cache[key]
    except KeyError:
        pass
    steps = _compile(path, namespaces)
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    """An iterator over the elements path selects from elem."""
    steps = _selector(path, namespaces)
    if steps is None:
        return iter(())
    result = [elem]
    context = _Context(elem)
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    """The first element path selects from elem, or None."""
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    """A list of the elements path selects from elem."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first element path selects ("" when it has none),
    or default when there is no such element."""
    try:
        e = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return e.text or ""
