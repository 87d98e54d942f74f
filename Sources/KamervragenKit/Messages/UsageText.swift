/// swift-argument-parser's own words in the user's language: its help screen, its help
/// as JSON (`--experimental-dump-help`, which the man pages are made from) and the first
/// line of its refusals. The library has no hook for its language, so its text is taken
/// as it printed it and its known stock parts (`Catalogue.Usage`) are replaced, rather
/// than the help drawn again by our code: that keeps the parser's layout, wrapping and
/// every part we do not know of, and the English exactly as the parser prints it.
///
/// Anything not recognised stays as the parser wrote it, in English; the tests list
/// every form, so a parser update that rewords one fails a test instead.
public enum UsageText {
    /// Whether `text`, a clean exit's output, is a help screen (not a version number or a
    /// completion script, which are never translated).
    public static func isHelp(_ text: String) -> Bool {
        text.hasPrefix(Catalogue.Usage.overview.english) || text.hasPrefix(Catalogue.Usage.usage.english)
    }

    /// Whether `text` is the JSON of `--experimental-dump-help`.
    public static func isHelpDump(_ text: String) -> Bool {
        text.hasPrefix("{")
    }

    /// The help screen in `language`. A replacement inside text the parser wrapped (the
    /// overview's first line, an option's help) is at most two characters longer than its
    /// English, so a help the parser laid out two columns narrower than the screen still
    /// fits it (the caller asks for that); the others are short lines of their own.
    public static func help(_ text: String, in language: Language) -> String {
        guard language != .english else { return text }
        typealias U = Catalogue.Usage
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var usageIndent: (from: Int, to: Int)?
        for i in lines.indices {
            var line = lines[i]
            if let indent = usageIndent {
                // The usage's further lines hang under its first; the heading's width changed.
                if line.hasPrefix(String(repeating: " ", count: indent.from)) {
                    lines[i] = String(repeating: " ", count: indent.to) + line.dropFirst(indent.from)
                    continue
                }
                usageIndent = nil
            }
            if i == 0, line.hasPrefix(U.overview.english) {
                // The parser's own `help` command has a stock abstract too.
                let abstract = line.dropFirst(U.overview.english.count)
                line = U.overview.text(in: language)
                    + (abstract == U.helpCommand.english ? U.helpCommand.text(in: language) : String(abstract))
            } else if line.hasPrefix(U.usage.english) {
                let heading = U.usage.text(in: language)
                line = heading + line.dropFirst(U.usage.english.count)
                usageIndent = (U.usage.english.count, heading.count)
            } else if let heading = [U.argumentsHeading, .optionsHeading, .subcommandsHeading].first(where: { $0.english == line }) {
                line = heading.text(in: language)
            } else if line.hasPrefix("  ") {
                line = helpLine(line, in: language)
            }
            lines[i] = line
        }
        return lines.joined(separator: "\n")
    }

    /// One indented line of the help: an option's or a subcommand's, or the closing line.
    static func helpLine(_ line: String, in language: Language) -> String {
        typealias U = Catalogue.Usage
        var line = line
        for stock in [U.versionFlag, .helpFlag, .helpCommand] where line.hasSuffix("  " + stock.english) {
            return String(line.dropLast(stock.english.count)) + stock.text(in: language)
        }
        let trimmed = line.drop { $0 == " " }
        if let arguments = Catalogue.match(U.detailedHelp.english, String(trimmed)) {
            return String(line.prefix(line.count - trimmed.count)) + U.detailedHelp.text(arguments: arguments, in: language)
        }
        // "browse (default)" in the label column: the longer word takes two of the padding's
        // spaces, so the abstracts stay in line.
        let mark = U.defaultSubcommand.english, dutchMark = U.defaultSubcommand.text(in: language)
        let grow = dutchMark.count - mark.count
        if let r = line.firstRange(of: mark + String(repeating: " ", count: grow + 2)) {
            line.replaceSubrange(r, with: dutchMark + String(repeating: " ", count: 2))
        } else if line.hasSuffix(" " + mark) {
            line = String(line.dropLast(mark.count)) + dutchMark
        }
        for word in [U.values, .defaultValue, .valuesDefault] {
            line = line.replacing(word.english, with: word.text(in: language))
        }
        return line
    }

    /// The JSON help in `language`: the stock abstracts of `--help` and `--version`, which
    /// it holds as JSON strings, replaced by the catalogue's (whose texts need no escaping).
    public static func helpDump(_ json: String, in language: Language) -> String {
        guard language != .english else { return json }
        var out = json
        for stock in [Catalogue.Usage.versionFlag, .helpFlag, .helpCommand] {
            out = out.replacing("\"" + stock.english + "\"", with: "\"" + stock.text(in: language) + "\"")
        }
        return out
    }

    /// A completion script in `language`: the stock descriptions of `--help`, `--version`
    /// and `help` that zsh and fish show beside each choice. The replacements hold no
    /// quote or bracket, so they sit in every shell's quoting as the English did; a
    /// script without descriptions (bash's) stays as it is.
    public static func completionScript(_ script: String, in language: Language) -> String {
        guard language != .english else { return script }
        var out = script
        for stock in [Catalogue.Usage.helpCommand, .helpFlag, .versionFlag] {
            out = out.replacing(stock.english, with: stock.text(in: language))
        }
        return out
    }

    /// A refusal's sentence in `language`, or the sentence itself when it is not one of
    /// the forms `Catalogue.Usage.errors` knows.
    public static func error(_ sentence: String, in language: Language) -> String {
        guard language != .english else { return sentence }
        for form in Catalogue.Usage.errors {
            guard var arguments = Catalogue.match(form.english, sentence) else { continue }
            if form == .invalidValueChoices, arguments.count == 3 {
                arguments[2] = arguments[2]
                    .replacing(Catalogue.Usage.listOr.english, with: Catalogue.Usage.listOr.text(in: language))
                    .replacing(Catalogue.Usage.listAnd.english, with: Catalogue.Usage.listAnd.text(in: language))
            }
            return form.text(arguments: arguments, in: language)
        }
        return sentence
    }
}
