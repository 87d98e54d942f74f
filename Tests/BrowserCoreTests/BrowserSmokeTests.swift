import Testing
@testable import BrowserCore
import KamervragenKit

@Test func qQuits() {
    var b = Browser(document: Document(source: "x"), rows: 24, columns: 80)
    #expect(b.handle(.character("q")) == [.quit])
}
