# A small expression language: a regex tokenizer (named groups, lastgroup,
# finditer) feeding a precedence-climbing parser and an evaluator.
import re
from collections import namedtuple

Token = namedtuple('Token', ['type', 'value', 'line', 'column'])

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('STRING',   r'"(?:[^"\\]|\\.)*"'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z_]\w*'),
    ('OP',       r'\*\*|[+\-*/%()<>]=?|==|!='),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+|\#[^\n]*'),
    ('MISMATCH', r'.'),
]
TOK_REGEX = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'if', 'then', 'else', 'end', 'print', 'while', 'do'}


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in TOK_REGEX.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if re.search(r'[.eE]', value) else int(value)
        elif kind == 'STRING':
            value = re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), value[1:-1])
        elif kind == 'ID' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)


PREC = {'<': 1, '>': 1, '<=': 1, '>=': 1, '==': 1, '!=': 1, '+': 2, '-': 2, '*': 3, '/': 3, '%': 3, '**': 4}


class Parser:
    def __init__(self, tokens):
        self.toks = list(tokens)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else Token('EOF', None, 0, 0)

    def take(self, kind=None, value=None):
        t = self.peek()
        if (kind and t.type != kind) or (value and t.value != value):
            raise SyntaxError('expected %s %s, got %r' % (kind, value, t))
        self.i += 1
        return t

    def atom(self):
        t = self.take()
        if t.type in ('NUMBER', 'STRING'):
            return ('lit', t.value)
        if t.type == 'ID':
            return ('var', t.value)
        if t.type == 'OP' and t.value == '(':
            e = self.expr(0)
            self.take('OP', ')')
            return e
        if t.type == 'OP' and t.value == '-':
            return ('neg', self.atom())
        raise SyntaxError('bad atom %r' % (t,))

    def expr(self, min_prec):
        left = self.atom()
        while True:
            t = self.peek()
            if t.type != 'OP' or t.value not in PREC or PREC[t.value] < min_prec:
                return left
            self.i += 1
            nxt = PREC[t.value] + (0 if t.value == '**' else 1)
            left = ('bin', t.value, left, self.expr(nxt))

    def statements(self, stop=('EOF',)):
        out = []
        while self.peek().type not in stop:
            out.append(self.statement())
        return out

    def statement(self):
        t = self.peek()
        if t.type == 'PRINT':
            self.i += 1
            s = ('print', self.expr(0))
        elif t.type == 'IF':
            self.i += 1
            cond = self.expr(0)
            self.take('THEN')
            body = self.statements(('ELSE', 'END'))
            other = []
            if self.peek().type == 'ELSE':
                self.i += 1
                other = self.statements(('END',))
            self.take('END')
            return ('if', cond, body, other)
        elif t.type == 'WHILE':
            self.i += 1
            cond = self.expr(0)
            self.take('DO')
            body = self.statements(('END',))
            self.take('END')
            return ('while', cond, body)
        else:
            name = self.take('ID').value
            self.take('ASSIGN')
            s = ('set', name, self.expr(0))
        self.take('END')
        return s


OPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b, '<=': lambda a, b: a <= b,
    '>=': lambda a, b: a >= b, '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
}


def evaluate(e, env):
    kind = e[0]
    if kind == 'lit':
        return e[1]
    if kind == 'var':
        return env[e[1]]
    if kind == 'neg':
        return -evaluate(e[1], env)
    return OPS[e[1]](evaluate(e[2], env), evaluate(e[3], env))


def run(stmts, env):
    for s in stmts:
        if s[0] == 'print':
            print(evaluate(s[1], env))
        elif s[0] == 'set':
            env[s[1]] = evaluate(s[2], env)
        elif s[0] == 'if':
            run(s[2] if evaluate(s[1], env) else s[3], env)
        elif s[0] == 'while':
            while evaluate(s[1], env):
                run(s[2], env)


program = r'''
# compute some things
total := 0; i := 1;
while i <= 10 do
    total := total + i ** 2;   # sum of squares
    i := i + 1;
end
print total;
if total % 2 == 0 then print "even\tsum"; else print "odd sum \"quoted\""; end
x := 2.5e1 / 4;
print x * -2 + (3 - 1) * 7;
print "done";
'''
for tok in tokenize('x := 3.5 + foo * (2 - 1); if x >= 4 then print "hi\\n" end'):
    print(tok)
run(Parser(tokenize(program)).statements(), {})
try:
    list(tokenize('a := 1 @ 2'))
except RuntimeError as e:
    print('error:', e)
