import CNcursesw
import Glibc

/// Makes the C library speak UTF-8 before curses starts.
///
/// ncursesw decides per character what it can print from the C locale: with the default
/// "C" locale, or a `LANG` naming a locale that is not installed, every non-ASCII character
/// is silently dropped. So the user's locale is taken first, and when its codeset is not
/// UTF-8 only the character type is switched to a UTF-8 locale that glibc always has.
///
/// Only the character type is taken from the environment: it is all curses uses, and
/// loading every category of the locale (a dozen files for collation, money, time…) was
/// a measurable part of the time to the first screen.
enum LocaleSetup {
    static func ensureUTF8() {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8() { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, isUTF8() { return }
        }
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
