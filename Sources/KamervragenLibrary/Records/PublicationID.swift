import KamervragenKit

/// The id an answer is cited by, `ah-tk-20232024-730`: Aanhangsel of the Handelingen of
/// the Tweede Kamer, parliamentary year 2023–2024, number 730.
///
/// Taken from the document when it prints it, else from a file name that holds it, else
/// made from the year and number. The year comes from the header ("vergaderjaar
/// 2023–2024"); Word texts print neither, only the date the answer was received, and a
/// parliamentary year runs from Prinsjesdag (the third Tuesday of September) to the next,
/// so the date gives the year. An answer received in the days around Prinsjesdag may be
/// numbered in the other year: such a derived id can be wrong, and says so nowhere.
package enum PublicationID {
    static func of(metadata m: Metadata, path: String) -> String? {
        if let id = m.publicationID.flatMap(find(in:)) { return id }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let id = find(in: name) { return id }
        guard let number = m.aanhangsel.flatMap({ Int($0.filter(\.isNumber)) }) else { return nil }
        if let years = m.session.flatMap(sessionYears) { return "ah-tk-\(years.0)\(years.1)-\(number)" }
        if let date = m.received ?? m.submitted {
            let first = parliamentaryYear(of: date)
            return "ah-tk-\(first)\(first + 1)-\(number)"
        }
        return nil
    }

    /// The first `ah-tk-YYYYYYYY-N` (or `ah-ek-…`, the Eerste Kamer's) in `text`, lower-cased.
    package static func find(in text: String) -> String? {
        ReferenceScanner.literalIDs(in: text).first
    }

    /// "2023–2024", "2023-2024", "2023/2024", "2023/24" → (2023, 2024).
    static func sessionYears(_ session: String) -> (Int, Int)? {
        let digits = session.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 2, (1800...2999).contains(digits[0]) else { return nil }
        let second = digits[1] < 100 ? digits[0] / 100 * 100 + digits[1] : digits[1]
        guard second == digits[0] + 1 else { return nil }
        return (digits[0], second)
    }

    /// The first calendar year of the parliamentary year a date falls in.
    static func parliamentaryYear(of d: ISODate) -> Int {
        let start = prinsjesdag(d.year)
        return d < start ? d.year - 1 : d.year
    }

    /// The third Tuesday of September.
    static func prinsjesdag(_ year: Int) -> ISODate {
        let first = weekday(year: year, month: 9, day: 1)  // 0 = Sunday
        let firstTuesday = 1 + (2 - first + 7) % 7
        return ISODate(year: year, month: 9, day: firstTuesday + 14)
    }

    /// Sakamoto's method: 0 = Sunday … 6 = Saturday.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }
}
