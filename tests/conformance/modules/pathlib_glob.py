# pathlib, glob, fnmatch: path arithmetic, queries and file access through the host
import fnmatch
import glob
import os
from pathlib import Path, PosixPath, PurePath, PurePosixPath

for text in ["a/b/c.tar.gz", "/usr//lib/./x.so", "//net/share", "///root", "", ".", "..", "a/../b/", "~/notes.txt",
             "file.", ".bashrc", "x/.cfg.json"]:
    p = PurePosixPath(text)
    print(repr(p), str(p), p.parts, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem,
          repr(p.parent), p.is_absolute())
p = PurePath("/srv/data/run.log")
print(type(p).__name__, [str(x) for x in p.parents], len(p.parents), p.parents[-1], p.parents[1:],
      repr(p.parents))
print(p.with_name("new.txt"), p.with_suffix(".gz"), p.with_suffix(""), p.with_stem("other"),
      PurePath("a.tar.gz").with_suffix(".bz2"))
for bad in (lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_suffix("gz"),
            lambda: PurePath("/").with_name("x"), lambda: p.with_suffix("."), lambda: p.relative_to("/etc"),
            lambda: PurePath("a").relative_to("/a"), lambda: p.relative_to(), lambda: PurePath("a") / 5):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.relative_to("/srv"), p.relative_to("/srv", "data"), p.relative_to(p), p.is_relative_to("/srv"),
      p.is_relative_to("srv"), PurePath("a/b").relative_to(""))
print(PurePath("a") / "b" / "/c" / "d", "x" / PurePath("y"), PurePath("a", "b", PurePath("c")),
      PurePath("a").joinpath("b", "c"), os.fspath(PurePath("q/r")), PurePath("a/b").as_posix())
print(PurePath("a") == PurePosixPath("a"), PurePath("a") == "a", PurePath("a") < PurePath("b"),
      sorted([PurePath("b"), PurePath("/z"), PurePath("a/c"), PurePath("a")]), hash(PurePath("a")) == hash(PurePath("a")))
print([PurePath("a/b.py").match(pat) for pat in ("*.py", "b.py", "a/*.py", "/a/*.py", "*/b.py", "*/*/b.py", "*.PY")],
      PurePath("/a/b.py").match("/a/*.py"), PurePath("/a/b.py").match("/*.py"))
print({PurePath("a"): 1}[PurePosixPath("a")], bytes(PurePath("/x")), PurePath("a").is_reserved())

root = Path("pathlib_tree")
print(repr(root), type(root).__name__, isinstance(root, PurePath), isinstance(root, PurePosixPath), Path is not PosixPath)
print(root.exists(), root.is_dir(), (root / "a.txt").is_file(), (root / "nope").exists(), (root / "sub").is_file())
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p) for p in root.glob("*.txt")), sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.rglob("*.txt")), sorted(str(p) for p in root.glob("**/")))
print(sorted(str(p) for p in root.glob("sub/*/d.txt")), sorted(str(p) for p in root.glob("s?b")), list(root.glob("zz*")))
print((root / "a.txt").read_text(), (root / "b.dat").read_bytes())
out = root / "out.txt"
print(out.write_text("written\n"), out.read_text(), out.write_bytes(b"raw"), out.read_bytes())
with out.open("a") as f:
    f.write("+more")
print(out.read_text())
(root / "touched").touch()
print((root / "touched").exists(), (root / "touched").read_text() == "")
print(Path("pathlib_tree/../tree/sub").resolve() == Path.cwd() / "pathlib_tree" / "sub", Path("pathlib_tree").absolute() == Path.cwd() / "pathlib_tree",
      Path("pathlib_tree/sub").samefile("pathlib_tree/./sub"), Path("/abs").absolute())
print(Path("y").expanduser(), Path("/a/~b").expanduser())
try:
    (root / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    list(root.glob(""))
except ValueError as e:
    print("ValueError", e)

print(sorted(glob.glob("pathlib_tree/*.txt")), sorted(glob.glob("pathlib_tree/*")), sorted(glob.glob("pathlib_tree/.*")))
print(sorted(glob.glob("pathlib_tree/**/*.txt", recursive=True)), sorted(glob.glob("pathlib_tree/**", recursive=True)))
print(sorted(glob.glob("*.txt", root_dir="pathlib_tree")), sorted(glob.glob("pathlib_tree/*/", recursive=False)), glob.glob("pathlib_tree/a.txt"),
      glob.glob("pathlib_tree/none"), sorted(glob.glob("pathlib_tree/*", include_hidden=True)))
print(sorted(glob.iglob("pathlib_tree/s*/c.*")), glob.escape("a[b]*?.txt"), glob.has_magic("a*"), glob.has_magic("abc"))
print(fnmatch.fnmatch("Data.TXT", "*.TXT"), fnmatch.fnmatchcase("a.txt", "*.TXT"), fnmatch.filter(["a.py", "b.c", "cc.py"], "?.py"))
print([fnmatch.fnmatch("b", pat) for pat in ("[abc]", "[!abc]", "[a-c]", "[]]", "[!]]", "[", "[b-a]", "b*", "*", "??")])
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!x]"), fnmatch.translate("[^a]"), fnmatch.translate("[a-c-]"),
      fnmatch.translate("[z-a]"), fnmatch.translate("[!]"), fnmatch.translate("[a&&b]"), fnmatch.translate("x[\\]"))
