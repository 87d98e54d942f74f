#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The language the program speaks to its user. The document's own words are never
/// translated; only what the program itself says follows this.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The language the locale asks for, read as POSIX orders the variables: `LC_ALL`,
    /// then `LC_MESSAGES`, then `LANG`; the first that is set and not empty decides, and
    /// it means Dutch when it starts with `nl` (`nl_NL.UTF-8`, `nl_BE`, `nl`). Anything
    /// else, and no locale at all, is English.
    public static func from(environment value: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = value(name), !v.isEmpty else { continue }
            return v.hasPrefix("nl") ? .dutch : .english
        }
        return .english
    }

    /// The process's language, read once from its environment.
    public static let current: Language = from { name in
        getenv(name).map { String(cString: $0) }
    }
}
