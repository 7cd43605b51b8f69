//! Standard-library modules written in Python: source text compiled at
//! first import (input: `import name`; output: the module's namespace).
//! Each module is a Cargo feature of vm-core (`mod-NAME`, all on by default
//! through `stdlib`); they need the `compiler` feature. Every module here
//! is written for ouro (no code copied from CPython's `Lib/`): the public
//! names, signatures and error messages follow CPython 3.11, the code,
//! comments and docstrings are our own (audited line by line against
//! CPython's Lib/ for identical text).

mod packed;

/// A standard-library module shipped as Python source (packed by
/// `build.rs`, unpacked at import).
pub struct SourceModule {
    /// The module name (`copy`).
    pub name: &'static str,
    /// Its source text, packed (see [`SourceModule::source`]).
    pub packed: &'static [u8],
    /// Its file name in tracebacks (`<stdlib>/copy.py`).
    pub file: &'static str,
    /// What of it CPython implements in C.
    pub native: NativeParts,
}

/// The parts of a standard-library module CPython 3.11 implements in C.
/// ouro's Python for them runs in hidden frames (`FLAG_HIDDEN`), as a C
/// function has no frame: a traceback through `heapq.heappush` or a
/// `deque` method shows the caller's line and the error, as CPython's does,
/// and `sys._getframe`, `warnings`' stack levels and `logging`'s caller
/// skip them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeParts {
    /// Nothing: the module is Python in CPython too.
    None,
    /// The whole module (`itertools`, `_fileio`).
    All,
    /// The functions and classes with these qualified names (and what is
    /// nested in them).
    Names(&'static [&'static str]),
}

impl SourceModule {
    /// Its source text (`None` only if the build packed it wrongly).
    pub fn source(&self) -> Option<alloc::string::String> {
        packed::unpack(self.packed)
    }
}

macro_rules! source_modules {
    ($(($feature:literal, $name:literal, $file:literal $(, $native:expr)?)),* $(,)?) => {
        /// Every standard-library module this build ships as Python source.
        pub static SOURCE_MODULES: &[SourceModule] = &[
            $(
                #[cfg(feature = $feature)]
                SourceModule {
                    name: $name,
                    packed: include_bytes!(concat!(env!("OUT_DIR"), "/stdlib/", $file, ".lz")),
                    file: concat!("<stdlib>/", $file),
                    native: source_modules!(@native $($native)?),
                },
            )*
        ];
    };
    (@native) => { NativeParts::None };
    (@native $native:expr) => { $native };
}

/// `heapq`'s functions CPython has from `_heapq`, and the helpers only they use.
#[cfg(feature = "mod-heapq")]
const HEAPQ_NATIVE: NativeParts = NativeParts::Names(&[
    "heappush",
    "heappop",
    "heapreplace",
    "heappushpop",
    "heapify",
    "_heapify_max",
    "_heappop_max",
    "_heapreplace_max",
    "_rise",
    "_fall",
    "_rise_max",
    "_fall_max",
    "_need_list",
]);

/// `functools`' parts from `_functools`.
#[cfg(feature = "mod-functools")]
const FUNCTOOLS_NATIVE: NativeParts = NativeParts::Names(&["cmp_to_key", "reduce", "partial", "_lru_cache_wrapper"]);

/// `collections`' types from `_collections`.
#[cfg(feature = "mod-collections")]
const COLLECTIONS_NATIVE: NativeParts = NativeParts::Names(&["deque", "defaultdict", "OrderedDict"]);

/// `csv`'s parts from `_csv` (`DictReader`, `DictWriter`, `Sniffer` are Python).
#[cfg(feature = "mod-csv")]
const CSV_NATIVE: NativeParts = NativeParts::Names(&[
    "field_size_limit",
    "_one_char",
    "_flag",
    "_DialectSpec",
    "register_dialect",
    "unregister_dialect",
    "get_dialect",
    "list_dialects",
    "_Reader",
    "reader",
    "_Writer",
    "writer",
]);

source_modules! {
    ("mod-future", "__future__", "__future__.py"),
    ("mod-itertools", "itertools", "itertools.py", NativeParts::All),
    ("mod-heapq", "heapq", "heapq.py", HEAPQ_NATIVE),
    ("mod-bisect", "bisect", "bisect.py", NativeParts::All),
    ("mod-operator", "operator", "operator.py", NativeParts::All),
    ("mod-functools", "functools", "functools.py", FUNCTOOLS_NATIVE),
    ("mod-copy", "copy", "copy.py"),
    ("mod-io", "io", "io.py", NativeParts::All),
    ("mod-string", "string", "string.py"),
    ("mod-abc", "abc", "abc.py"),
    ("mod-dataclasses", "dataclasses", "dataclasses.py"),
    ("mod-typing", "typing", "typing.py"),
    ("mod-types", "types", "types.py"),
    ("mod-enum", "enum", "enum.py"),
    ("mod-json", "json", "json.py"),
    ("mod-struct", "struct", "struct.py", NativeParts::All),
    ("mod-re", "re", "re.py"),
    ("mod-fractions", "fractions", "fractions.py"),
    ("mod-decimal", "decimal", "decimal.py", NativeParts::All),
    ("mod-contextlib", "contextlib", "contextlib.py"),
    ("mod-textwrap", "textwrap", "textwrap.py"),
    ("mod-pprint", "pprint", "pprint.py"),
    ("mod-base64", "base64", "base64.py"),
    ("mod-binascii", "binascii", "binascii.py", NativeParts::All),
    ("mod-hashlib", "hashlib", "hashlib.py"),
    ("mod-hashlib", "hmac", "hmac.py"),
    ("mod-os", "os", "os/__init__.py"),
    ("mod-os", "os.path", "os/path.py"),
    ("mod-secrets", "secrets", "secrets.py"),
    ("mod-warnings", "warnings", "warnings.py"),
    ("mod-csv", "csv", "csv.py", CSV_NATIVE),
    ("mod-pathlib", "fnmatch", "fnmatch.py"),
    ("mod-pathlib", "glob", "glob.py"),
    ("mod-pathlib", "pathlib", "pathlib.py"),
    ("mod-stat", "stat", "stat.py"),
    ("mod-shutil", "shutil", "shutil.py"),
    ("mod-tempfile", "tempfile", "tempfile.py"),
    ("mod-asyncio", "asyncio", "asyncio.py"),
    ("mod-inspect", "inspect", "inspect.py"),
    ("mod-timeit", "timeit", "timeit.py"),
    ("mod-datetime", "datetime", "datetime.py", NativeParts::All),
    ("mod-traceback", "traceback", "traceback.py"),
    ("mod-traceback", "linecache", "linecache.py"),
    ("mod-logging", "logging", "logging/__init__.py"),
    ("mod-numbers", "numbers", "numbers.py"),
    ("mod-statistics", "statistics", "statistics.py"),
    ("mod-doctest", "doctest", "doctest.py"),
    ("mod-queue", "queue", "queue.py"),
    ("mod-argparse", "argparse", "argparse.py"),
    ("mod-difflib", "difflib", "difflib.py"),
    ("mod-colorsys", "colorsys", "colorsys.py"),
    ("mod-html", "html", "html/__init__.py"),
    ("mod-html", "html.entities", "html/entities.py"),
    ("mod-html", "html.parser", "html/parser.py"),
    ("mod-importlib", "importlib", "importlib/__init__.py"),
    ("mod-importlib", "importlib.util", "importlib/util.py"),
    ("mod-importlib", "importlib.machinery", "importlib/machinery.py"),
    ("mod-urllib", "urllib", "urllib/__init__.py"),
    ("mod-urllib", "urllib.parse", "urllib/parse.py"),
    ("mod-copy", "copyreg", "copyreg.py"),
    ("mod-xml", "xml", "xml/__init__.py"),
    ("mod-xml", "xml.etree", "xml/etree/__init__.py"),
    ("mod-xml", "xml.etree.ElementPath", "xml/etree/ElementPath.py"),
    ("mod-xml", "xml.etree.ElementTree", "xml/etree/ElementTree.py"),
    ("mod-xml", "xml.sax", "xml/sax/__init__.py"),
    ("mod-xml", "xml.sax.saxutils", "xml/sax/saxutils.py"),
    ("mod-pickle", "pickle", "pickle.py"),
    ("mod-unittest", "unittest", "unittest/__init__.py"),
    ("mod-unittest", "unittest.case", "unittest/case.py"),
    ("mod-unittest", "unittest.suite", "unittest/suite.py"),
    ("mod-unittest", "unittest.loader", "unittest/loader.py"),
    ("mod-unittest", "unittest.result", "unittest/result.py"),
    ("mod-unittest", "unittest.runner", "unittest/runner.py"),
    ("mod-unittest", "unittest.util", "unittest/util.py"),
    ("mod-unittest", "unittest.mock", "unittest/mock.py"),
    ("mod-unittest", "unittest.__main__", "unittest/__main__.py"),
    ("array-module", "array", "array.py", NativeParts::All),
    ("memoryview", "_memoryview", "_memoryview.py", NativeParts::All),
    ("open", "_fileio", "_fileio.py", NativeParts::All),
    ("exception-groups", "_exceptiongroup", "_exceptiongroup.py", NativeParts::All),
    ("mod-weakref", "weakref", "weakref.py"),
    ("mod-collections", "collections", "collections/__init__.py", COLLECTIONS_NATIVE),
    ("mod-collections", "collections.abc", "collections/abc.py"),
}

/// The standard-library source module called `name`.
pub fn find(name: &str) -> Option<&'static SourceModule> {
    SOURCE_MODULES.iter().find(|m| m.name == name)
}

#[cfg(test)]
mod tests {
    extern crate std;

    /// Every packed module unpacks to its file's text.
    #[test]
    fn packed_sources_unpack_to_the_files() {
        for m in super::SOURCE_MODULES {
            let path = alloc::format!("{}/src/stdlib/{}", env!("CARGO_MANIFEST_DIR"), &m.file["<stdlib>/".len()..]);
            let want = std::fs::read_to_string(&path).expect("read the source");
            assert_eq!(m.source().as_deref(), Some(want.as_str()), "{path}");
            assert!(m.packed.len() < want.len(), "{path}");
        }
    }
}
