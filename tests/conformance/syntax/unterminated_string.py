# SyntaxError: unterminated string literal (detected at line N).
print("ok")
greeting = "hello
print(greeting)
