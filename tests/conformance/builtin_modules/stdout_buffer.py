# sys.stdout.buffer / sys.stderr.buffer take bytes-like objects (in order
# with the text when flushed); sys.stdin.buffer reads bytes.
import sys
print("text first", flush=True)
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.write(bytearray(b"from bytearray\n"))
sys.stdout.buffer.write(memoryview(b"from memoryview\n"))
sys.stdout.buffer.write("caf\u00e9 \u2603\n".encode())
sys.stdout.buffer.flush()
print(n, type(sys.stdin.buffer).__name__, repr(sys.stdin.buffer))
for bad in ("str", 5, None):
    try:
        sys.stdout.buffer.write(bad)
    except TypeError as e:
        print("TypeError", e)
print(repr(sys.stdin.buffer.readline()), repr(sys.stdin.buffer.read()), sys.stdin.buffer.readlines())
sys.stderr.buffer.write(b"to stderr\n")
