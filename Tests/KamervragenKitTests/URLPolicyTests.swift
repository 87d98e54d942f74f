import Testing
@testable import KamervragenKit

/// The one rule for URLs handed to another program; the browser and the terminal's opener
/// both ask it (they had two rules that disagreed on C1 controls and Unicode spaces).
@Suite("URL policy")
struct URLPolicyTests {
    @Test(arguments: [
        "https://nos.nl/artikel/2541234",
        "http://example.org",
        "HTTPS://WWW.RIJKSOVERHEID.NL/x?a=1&b=2",
        "https://example.org/$(id);echo&x=`y`",
        "https://nl.wikipedia.org/wiki/Cre%C3%ABren",
        "https://example.org/ë",
    ])
    func webURLsMayOpen(_ url: String) {
        #expect(URLPolicy.mayOpen(url))
    }

    @Test(arguments: [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.org/x",
        "https:/example.org",
        "https://",
        "http://",
        " https://example.org",
        "https://example.org/a b",
        "https://example.org/a\u{00A0}b",
        "https://example.org/a\u{2003}b",
        "https://example.org/\u{1B}]0;x\u{07}",
        "https://example.org/\u{7F}",
        "https://example.org/\u{9B}31m",
        "https://example.org/\u{202E}gpj.exe",
        "https://example.org/\n",
        "httpsx://example.org",
        "",
    ])
    func everythingElseIsRefused(_ url: String) {
        #expect(!URLPolicy.mayOpen(url))
    }

    // The target of a terminal hyperlink (OSC 8): only printable ASCII, never a control.

    @Test func aHyperlinkTargetIsTheURLWithWhatMustBeEncodedEncoded() {
        #expect(URLPolicy.hyperlinkTarget("https://example.org/a?b=1&c=%20") == "https://example.org/a?b=1&c=%20")
        #expect(URLPolicy.hyperlinkTarget("https://example.org/ë") == "https://example.org/%C3%AB")
        #expect(URLPolicy.hyperlinkTarget("https://example.org/<a>\\x|{y}") == "https://example.org/%3Ca%3E%5Cx%7C%7By%7D")
        #expect(URLPolicy.hyperlinkTarget("https://example.org/;8;") == "https://example.org/;8;")
    }

    @Test(arguments: [
        "javascript:alert(1)", "file:///etc/passwd", "https://example.org/\u{1B}]8;;x\u{1B}\\",
        "https://example.org/\u{07}", "https://example.org/\u{9C}", "https://example.org/a b",
    ])
    func aRefusedURLHasNoHyperlinkTarget(_ url: String) {
        #expect(URLPolicy.hyperlinkTarget(url) == nil)
    }

    @Test func noTargetByteIsOutsidePrintableASCII() {
        for url in ["https://example.org/\u{202E}x", "https://example.org/日本", "https://example.org/\u{FFFD}"] {
            guard let target = URLPolicy.hyperlinkTarget(url) else { continue }
            #expect(target.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
        }
    }
}
