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
}

impl SourceModule {
    /// Its source text (`None` only if the build packed it wrongly).
    pub fn source(&self) -> Option<alloc::string::String> {
        packed::unpack(self.packed)
    }
}

macro_rules! source_modules {
    ($(($feature:literal, $name:literal, $file:literal)),* $(,)?) => {
        /// Every standard-library module this build ships as Python source.
        pub static SOURCE_MODULES: &[SourceModule] = &[
            $(
                #[cfg(feature = $feature)]
                SourceModule {
                    name: $name,
                    packed: include_bytes!(concat!(env!("OUT_DIR"), "/stdlib/", $file, ".lz")),
                    file: concat!("<stdlib>/", $file),
                },
            )*
        ];
    };
}

source_modules! {
    ("mod-future", "__future__", "__future__.py"),
    ("mod-itertools", "itertools", "itertools.py"),
    ("mod-heapq", "heapq", "heapq.py"),
    ("mod-bisect", "bisect", "bisect.py"),
    ("mod-operator", "operator", "operator.py"),
    ("mod-functools", "functools", "functools.py"),
    ("mod-copy", "copy", "copy.py"),
    ("mod-io", "io", "io.py"),
    ("mod-string", "string", "string.py"),
    ("mod-abc", "abc", "abc.py"),
    ("mod-dataclasses", "dataclasses", "dataclasses.py"),
    ("mod-typing", "typing", "typing.py"),
    ("mod-types", "types", "types.py"),
    ("mod-enum", "enum", "enum.py"),
    ("mod-json", "json", "json.py"),
    ("mod-struct", "struct", "struct.py"),
    ("mod-re", "re", "re.py"),
    ("mod-fractions", "fractions", "fractions.py"),
    ("mod-decimal", "decimal", "decimal.py"),
    ("mod-contextlib", "contextlib", "contextlib.py"),
    ("mod-textwrap", "textwrap", "textwrap.py"),
    ("mod-pprint", "pprint", "pprint.py"),
    ("mod-base64", "base64", "base64.py"),
    ("mod-binascii", "binascii", "binascii.py"),
    ("mod-hashlib", "hashlib", "hashlib.py"),
    ("mod-hashlib", "hmac", "hmac.py"),
    ("mod-os", "os", "os/__init__.py"),
    ("mod-os", "os.path", "os/path.py"),
    ("mod-secrets", "secrets", "secrets.py"),
    ("mod-warnings", "warnings", "warnings.py"),
    ("mod-csv", "csv", "csv.py"),
    ("mod-pathlib", "fnmatch", "fnmatch.py"),
    ("mod-pathlib", "glob", "glob.py"),
    ("mod-pathlib", "pathlib", "pathlib.py"),
    ("mod-stat", "stat", "stat.py"),
    ("mod-shutil", "shutil", "shutil.py"),
    ("mod-tempfile", "tempfile", "tempfile.py"),
    ("mod-asyncio", "asyncio", "asyncio.py"),
    ("mod-inspect", "inspect", "inspect.py"),
    ("mod-timeit", "timeit", "timeit.py"),
    ("mod-datetime", "datetime", "datetime.py"),
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
    ("array-module", "array", "array.py"),
    ("memoryview", "_memoryview", "_memoryview.py"),
    ("open", "_fileio", "_fileio.py"),
    ("exception-groups", "_exceptiongroup", "_exceptiongroup.py"),
    ("mod-weakref", "weakref", "weakref.py"),
    ("mod-collections", "collections", "collections/__init__.py"),
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
