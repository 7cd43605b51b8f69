# Program: a stack-based RPN calculator with ints, floats and big ints.
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ["+", "-", "*", "/", "//", "%", "**", "neg", "dup", "swap"]:
            if tok == "neg":
                stack.append(-stack.pop())
            elif tok == "dup":
                stack.append(stack[-1])
            elif tok == "swap":
                b = stack.pop()
                a = stack.pop()
                stack.append(b)
                stack.append(a)
            else:
                b = stack.pop()
                a = stack.pop()
                if tok == "+":
                    stack.append(a + b)
                elif tok == "-":
                    stack.append(a - b)
                elif tok == "*":
                    stack.append(a * b)
                elif tok == "/":
                    stack.append(a / b)
                elif tok == "//":
                    stack.append(a // b)
                elif tok == "%":
                    stack.append(a % b)
                else:
                    stack.append(a ** b)
        elif "." in tok or "e" in tok:
            stack.append(float(tok))
        else:
            stack.append(int(tok))
    return stack
tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "7 2 /", "-7 2 //", "-7 2 %",
         "2 100 **", "2 0.5 **", "1 2 swap -", "9 dup *", "3 neg 2 *", "1.5 2 *",
         "1e3 7 //", "10 3 % 10 -3 %", "2 64 ** 1 - 2 63 ** -", "0.1 0.2 +"]
for t in tests:
    print(t.ljust(24), "=>", rpn(t))
def infix_to_rpn(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out = []
    ops = []
    for t in tokens:
        if t in prec:
            while ops and ops[-1] in prec and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for e in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 - 4 )", "8 / 4 / 2", "1 - 2 - 3"]:
    r = infix_to_rpn(e.split())
    print(e, "->", r, "=", rpn(r))
