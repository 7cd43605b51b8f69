//! Private name mangling: inside a class, an identifier `__spam` (two
//! leading underscores, at most one trailing) becomes `_Class__spam`, so a
//! subclass's `__spam` cannot clash with its base's. The compiler applies
//! it to identifiers in class bodies and `type` to `__slots__` names.

use alloc::string::String;

/// The name `name` becomes inside class `class`, or `None` when it is not
/// private: dunders (`__init__`), dotted module names, and every name in a
/// class whose name is only underscores stay as they are.
pub fn private_name(class: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(1 + class.len() + name.len());
    out.push('_');
    out.push_str(class);
    out.push_str(name);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::private_name;

    #[test]
    fn which_names_are_mangled() {
        assert_eq!(private_name("C", "__x").as_deref(), Some("_C__x"));
        assert_eq!(private_name("__C", "__x_").as_deref(), Some("_C__x_"));
        assert_eq!(private_name("C", "__init__"), None);
        assert_eq!(private_name("C", "___"), None);
        assert_eq!(private_name("C", "_x"), None);
        assert_eq!(private_name("C", "__a.b"), None);
        assert_eq!(private_name("___", "__x"), None);
    }
}
