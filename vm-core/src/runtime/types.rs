//! The tables of built-in types and built-in exception classes, defined once.

/// Invokes `$m!` with every built-in (non-exception) type:
/// `(field, "name", base_field_or_none)`.
#[macro_export]
macro_rules! for_each_builtin_type {
    ($m:ident) => {
        $m! {
            (object, "object", none),
            (type_, "type", object),
            (int, "int", object),
            (bool_, "bool", int),
            (float, "float", object),
            (complex, "complex", object),
            (bytes, "bytes", object),
            (bytearray, "bytearray", object),
            (bytes_iterator, "bytes_iterator", object),
            (bytearray_iterator, "bytearray_iterator", object),
            (str_, "str", object),
            (list, "list", object),
            (tuple, "tuple", object),
            (dict, "dict", object),
            (range, "range", object),
            (slice, "slice", object),
            (none_type, "NoneType", object),
            (not_implemented_type, "NotImplementedType", object),
            (ellipsis, "ellipsis", object),
            (function, "function", object),
            (builtin_function, "builtin_function_or_method", object),
            (method_descriptor, "method_descriptor", object),
            (wrapper_descriptor, "wrapper_descriptor", object),
            (method_wrapper, "method-wrapper", object),
            (method, "method", object),
            (code, "code", object),
            (list_iterator, "list_iterator", object),
            (list_reverseiterator, "list_reverseiterator", object),
            (tuple_iterator, "tuple_iterator", object),
            (str_iterator, "str_ascii_iterator", object),
            (range_iterator, "range_iterator", object),
            (dict_keyiterator, "dict_keyiterator", object),
            (dict_valueiterator, "dict_valueiterator", object),
            (dict_itemiterator, "dict_itemiterator", object),
            (enumerate, "enumerate", object),
            (zip, "zip", object),
            (iterator, "iterator", object),
            (cell, "cell", object),
            (generator, "generator", object),
            (coroutine, "coroutine", object),
            (async_generator, "async_generator", object),
            (async_generator_asend, "async_generator_asend", object),
            (async_generator_athrow, "async_generator_athrow", object),
            (module, "module", object),
            (traceback, "traceback", object),
            (map, "map", object),
            (filter, "filter", object),
            (dict_keys, "dict_keys", object),
            (dict_values, "dict_values", object),
            (dict_items, "dict_items", object),
            (staticmethod, "staticmethod", object),
            (classmethod, "classmethod", object),
            (property, "property", object),
            (super_, "super", object),
            (set, "set", object),
            (frozenset, "frozenset", object),
            (set_iterator, "set_iterator", object),
        }
    };
}

/// Invokes `$m!` with every built-in exception class: `(field, "Name", base_field)`.
#[macro_export]
macro_rules! for_each_exception {
    ($m:ident) => {
        $m! {
            (base_exception, "BaseException", object),
            (system_exit, "SystemExit", base_exception),
            (keyboard_interrupt, "KeyboardInterrupt", base_exception),
            (generator_exit, "GeneratorExit", base_exception),
            (exception, "Exception", base_exception),
            (stop_iteration, "StopIteration", exception),
            (arithmetic_error, "ArithmeticError", exception),
            (floating_point_error, "FloatingPointError", arithmetic_error),
            (overflow_error, "OverflowError", arithmetic_error),
            (zero_division_error, "ZeroDivisionError", arithmetic_error),
            (assertion_error, "AssertionError", exception),
            (attribute_error, "AttributeError", exception),
            (eof_error, "EOFError", exception),
            (import_error, "ImportError", exception),
            (module_not_found_error, "ModuleNotFoundError", import_error),
            (lookup_error, "LookupError", exception),
            (index_error, "IndexError", lookup_error),
            (key_error, "KeyError", lookup_error),
            (memory_error, "MemoryError", exception),
            (name_error, "NameError", exception),
            (unbound_local_error, "UnboundLocalError", name_error),
            (os_error, "OSError", exception),
            (runtime_error, "RuntimeError", exception),
            (not_implemented_error, "NotImplementedError", runtime_error),
            (recursion_error, "RecursionError", runtime_error),
            (syntax_error, "SyntaxError", exception),
            (indentation_error, "IndentationError", syntax_error),
            (tab_error, "TabError", indentation_error),
            (system_error, "SystemError", exception),
            (type_error, "TypeError", exception),
            (value_error, "ValueError", exception),
            (unicode_error, "UnicodeError", value_error),
            (unicode_decode_error, "UnicodeDecodeError", unicode_error),
            (unicode_encode_error, "UnicodeEncodeError", unicode_error),
            (warning, "Warning", exception),
            (user_warning, "UserWarning", warning),
            (deprecation_warning, "DeprecationWarning", warning),
            (runtime_warning, "RuntimeWarning", warning),
            (buffer_error, "BufferError", exception),
            (connection_error, "ConnectionError", os_error),
            (file_not_found_error, "FileNotFoundError", os_error),
            (permission_error, "PermissionError", os_error),
            (timeout_error, "TimeoutError", os_error),
            (reference_error, "ReferenceError", exception),
            (stop_async_iteration, "StopAsyncIteration", exception),
            (broken_pipe_error, "BrokenPipeError", connection_error),
            (connection_aborted_error, "ConnectionAbortedError", connection_error),
            (connection_refused_error, "ConnectionRefusedError", connection_error),
            (connection_reset_error, "ConnectionResetError", connection_error),
            (blocking_io_error, "BlockingIOError", os_error),
            (child_process_error, "ChildProcessError", os_error),
            (file_exists_error, "FileExistsError", os_error),
            (interrupted_error, "InterruptedError", os_error),
            (is_a_directory_error, "IsADirectoryError", os_error),
            (not_a_directory_error, "NotADirectoryError", os_error),
            (process_lookup_error, "ProcessLookupError", os_error),
            (unicode_translate_error, "UnicodeTranslateError", unicode_error),
            (syntax_warning, "SyntaxWarning", warning),
            (future_warning, "FutureWarning", warning),
            (pending_deprecation_warning, "PendingDeprecationWarning", warning),
            (import_warning, "ImportWarning", warning),
            (unicode_warning, "UnicodeWarning", warning),
            (bytes_warning, "BytesWarning", warning),
            (resource_warning, "ResourceWarning", warning),
            (encoding_warning, "EncodingWarning", warning),
        }
    };
}

/// `COUNT`, `from_array` and `to_array` for a `#[repr(C)]` struct of
/// `count` `ObjRef` fields (`Types`, `ExcTypes`), which `Vm::new` fills
/// and reads as one array.
macro_rules! handle_array {
    ($ty:ident, $count:expr) => {
        impl $ty {
            /// How many there are.
            pub const COUNT: usize = $count;

            /// The handles from an array in table order.
            pub fn from_array(all: [crate::runtime::value::ObjRef; Self::COUNT]) -> $ty {
                // SAFETY: the struct is `#[repr(C)]` with `COUNT` fields, all
                // `ObjRef` (a `#[repr(transparent)]` `u32`): the layout of
                // `[ObjRef; COUNT]`, in the same order (the assertion
                // below checks that there is no padding).
                unsafe { core::mem::transmute::<[crate::runtime::value::ObjRef; Self::COUNT], $ty>(all) }
            }

            /// The handles as an array in table order.
            pub fn to_array(self) -> [crate::runtime::value::ObjRef; Self::COUNT] {
                // SAFETY: as in `from_array`.
                unsafe { core::mem::transmute::<$ty, [crate::runtime::value::ObjRef; Self::COUNT]>(self) }
            }
        }

        const _: () = assert!(
            core::mem::size_of::<$ty>() == <$ty>::COUNT * core::mem::size_of::<crate::runtime::value::ObjRef>()
        );
    };
}

macro_rules! define_types_struct {
    ($(($field:ident, $name:literal, $base:ident)),* $(,)?) => {
        /// Handles of the built-in type objects, in table order.
        /// `#[repr(C)]` with only `ObjRef` fields: laid out as an array of
        /// them, so that `Vm::new` fills and reads it as one (a load and a
        /// store per field were about 2 KB of its code on thumbv7em).
        #[derive(Clone, Copy, Debug)]
        #[repr(C)]
        pub struct Types {
            $(#[doc = $name] pub $field: crate::runtime::value::ObjRef,)*
        }

        handle_array!(Types, [$($name),*].len());
    };
}
for_each_builtin_type!(define_types_struct);

macro_rules! define_exc_struct {
    ($(($field:ident, $name:literal, $base:ident)),* $(,)?) => {
        /// Handles of the built-in exception classes, in table order.
        /// `#[repr(C)]` with only `ObjRef` fields: laid out as an array of
        /// them, so that `Vm::new` fills and reads it as one (a load and a
        /// store per field were about 2 KB of its code on thumbv7em).
        #[derive(Clone, Copy, Debug)]
        #[repr(C)]
        pub struct ExcTypes {
            $(#[doc = $name] pub $field: crate::runtime::value::ObjRef,)*
        }

        handle_array!(ExcTypes, [$($name),*].len());
    };
}
for_each_exception!(define_exc_struct);
