# input() writes its prompt, then raises EOFError at the end of input
print("asking")
answer = input("name? ")
print("never", answer)
