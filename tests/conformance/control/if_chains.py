# if/elif/else chains, nested conditions, conditional expressions, pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(x) for x in [-5, 0, 3, 10, 99, 100, 10**20]])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join([fizzbuzz(i) for i in range(1, 21)]))
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "mid" if x > 5 else "tiny")
print([("neg" if v < 0 else "pos" if v > 0 else "zero") for v in [-1, 0, 1]])
y = (1 if x > 3 else 2) + (10 if x < 3 else 20)
print(y)
if x:
    pass
else:
    print("unreachable")
if []:
    print("no")
elif {}:
    print("no")
elif "":
    print("no")
elif 0.0:
    print("no")
elif None:
    print("no")
else:
    print("all falsy")
def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    if g != "F" and score % 10 >= 7:
        g += "+"
    return g
print([grade(s) for s in [95, 97, 85, 72, 79, 50, 100]])
a, b, c = 3, 5, 4
if a < b:
    if b < c:
        print("a<b<c")
    elif a < c:
        print("a<c<=b")
    else:
        print("c<=a<b")
print(max(a, b) if a != b else "equal", "yes" if a < c < b else "no")
