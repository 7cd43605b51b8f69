"""Comparing sequences: SequenceMatcher, Differ, ndiff, unified_diff,
get_close_matches.

ouro's difflib: the matching algorithm is the one CPython documents (the
longest contiguous matching block with no junk, recursively on both sides;
elements of b that are "popular" -- more than 1% of a b of 200 or more --
count as junk when autojunk is on), so ratios, opcodes and ndiff's output
(with its '?' guide lines) are CPython's. Not here: context_diff,
diff_bytes, restore, HtmlDiff.
"""

from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ['get_close_matches', 'ndiff', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'unified_diff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the matching blocks of two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Sets both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Sets the first sequence (the one compared against b)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Sets the second sequence (indexed once for all comparisons)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> ascending positions in b, junk and popular
        # elements left out (kept in bjunk and bpopular).
        where = {}
        for pos, elt in enumerate(self.b):
            spots = where.get(elt)
            if spots is None:
                where[elt] = [pos]
            else:
                spots.append(pos)
        self.bjunk = set()
        if self.isjunk:
            for elt in list(where):
                if self.isjunk(elt):
                    self.bjunk.add(elt)
                    del where[elt]
        self.bpopular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt in list(where):
                if len(where[elt]) > limit:
                    self.bpopular.add(elt)
                    del where[elt]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi] (the
        earliest in a, then in b, among equals), widened by equal junk."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best = alo, blo, 0
        runs = {}
        empty = ()
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, ascending, ending with
        the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append(Match(ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b; tag is 'replace',
        'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n lines of context."""
        codes = list(self.get_opcodes())
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2*M/T: M matched elements, T elements in both sequences."""
        matched = 0
        for m in self.get_matching_blocks():
            matched += m.size
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from the elements' counts alone."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            n = left.get(elt, 0)
            if n > 0:
                matched += 1
                left[elt] = n - 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Up to n of possibilities most like word (ratio at least cutoff),
    best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff
                and s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for _, x in _heapq.nlargest(n, scored)]


def _guide(text, marks):
    # The '?' line: marks under text, text's own tabs and spaces kept where
    # the mark is a blank, trailing blanks dropped.
    out = []
    for c, m in zip(text, marks):
        out.append(c if m == ' ' and c.isspace() else m)
    return ''.join(out).rstrip()


class Differ:
    """Compares sequences of lines into a human-readable delta: '- ', '+ '
    and '  ' lines, and '? ' lines guiding the eye to changes within a line."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta turning a into b (a generator of lines)."""
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in m.get_opcodes():
            if tag == 'replace':
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._lines('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._lines('+', b, blo, bhi)
            else:
                yield from self._lines(' ', a, alo, ahi)

    def _lines(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _replace(self, a, alo, ahi, b, blo, bhi):
        # Pairs the most similar lines (ratio over 0.75) and marks their
        # differences; without such a pair, an identical pair anchors the
        # block; without that, all of a goes, then all of b comes (the
        # shorter block first).
        best, best_i, best_j = 0.74, None, None
        same_i = same_j = None
        m = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bj = b[j]
            m.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                m.set_seq1(ai)
                if (m.real_quick_ratio() > best and m.quick_ratio() > best
                        and m.ratio() > best):
                    best, best_i, best_j = m.ratio(), i, j
        if best < 0.75:
            if same_i is None:
                if bhi - blo < ahi - alo:
                    yield from self._lines('+', b, blo, bhi)
                    yield from self._lines('-', a, alo, ahi)
                else:
                    yield from self._lines('-', a, alo, ahi)
                    yield from self._lines('+', b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False
        yield from self._between(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            m.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in m.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                else:
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
            aguide = _guide(aline, ''.join(amarks))
            bguide = _guide(bline, ''.join(bmarks))
            yield '- ' + aline
            if aguide:
                yield '? ' + aguide + '\n'
            yield '+ ' + bline
            if bguide:
                yield '? ' + bguide + '\n'
        yield from self._between(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._lines('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._lines('+', b, blo, bhi)


def IS_LINE_JUNK(line, pat=None):
    """True for a blank line or one holding only '#' (and blanks)."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return str(first)
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The unified-format delta of two lists of lines, with n lines of
    context (a generator of lines)."""
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            fromdate = '\t' + str(fromfiledate) if fromfiledate else ''
            todate = '\t' + str(tofiledate) if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fromdate, lineterm)
            yield '+++ %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line
