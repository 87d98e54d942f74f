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
}
