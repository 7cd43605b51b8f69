# importing a module with a syntax error: SyntaxError with its own line, uncaught
print("before")
import modhelper_syntax
print("never")
