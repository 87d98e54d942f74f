import DocxBuilder
import Testing
@testable import OpenXMLPackage

/// Every way an archive can be hostile or broken ends in a `PackageError` of the right
/// kind, never a trap, a hang or a huge allocation.
@Suite struct HostileZipTests {
    static func failure(_ body: () throws(PackageError) -> Void) -> PackageError? {
        do { try body() } catch { return error }
        return nil
    }

    static func read(_ zip: [UInt8], limits: ZipLimits = .standard) -> PackageError? {
        failure { () throws(PackageError) in
            let archive = try ZipArchive(bytes: zip, limits: limits)
            for entry in archive.entries { _ = try archive.contents(of: entry) }
        }
    }

    @Test func bombRefusedByRatio() throws {
        // 40 MiB of zeros deflate to about 40 KB: a thousand to one.
        let zip = ZipWriter.archive([.init("word/document.xml", [UInt8](repeating: 0x20, count: 40 << 20))])
        #expect(zip.count < 100_000)
        let error = try #require(Self.read(zip))
        #expect(error.reason == .bomb("word/document.xml", ratio: 200))
    }

    @Test func memberPastTheSizeLimitRefused() throws {
        var bytes = [UInt8](repeating: 0, count: 3 << 20)
        var seed: UInt32 = 7
        for i in bytes.indices { seed = seed &* 1_103_515_245 &+ 12345; bytes[i] = UInt8(truncatingIfNeeded: seed >> 16) }
        let limits = ZipLimits(maxMemberSize: 1 << 20)
        // Told the truth, the size is refused before inflating; lied about, while inflating.
        let honest = try #require(Self.read(ZipWriter.archive([.init("a", bytes)]), limits: limits))
        #expect(honest.reason == .memberTooLarge("a", limit: 1 << 20))
        var liar = ZipWriter.Member("a", bytes)
        liar.claimedSize = 100
        let lied = try #require(Self.read(ZipWriter.archive([liar]), limits: limits))
        #expect(lied.reason == .memberTooLarge("a", limit: 1 << 20), "\(lied)")
    }

    @Test func overlappingMembersCountAgainstTheTotal() throws {
        var members = [ZipWriter.Member("m0", [UInt8](repeating: 0x41, count: 600 << 10), deflate: false)]
        for k in 1..<10 {
            var m = ZipWriter.Member("m\(k)", members[0].data, deflate: false)
            m.sameDataAs = 0
            members.append(m)
        }
        let error = try #require(Self.read(ZipWriter.archive(members), limits: ZipLimits(maxTotalSize: 2 << 20)))
        #expect(error.reason == .totalTooLarge(limit: 2 << 20))
    }

    @Test(arguments: ["/etc/passwd", "../evil.xml", "word/../../evil.xml", "C:\\evil.xml", "\\\\server\\share", "word\\..\\..\\x", "a\u{0}b", ""])
    func unsafeMemberNamesRefused(name: String) throws {
        let zip = ZipWriter.archive([.init("[Content_Types].xml", "<Types/>"), .init(name, "x")])
        let error = try #require(Self.read(zip))
        #expect(error.reason == .unsafeName(name), "\(error)")
    }

    @Test func innocentDotsAllowed() throws {
        let zip = ZipWriter.archive([.init("word/..x/a..b.xml", "x"), .init("./a", "y")])
        #expect(Self.read(zip) == nil)
    }

    @Test func duplicateNamesRefused() throws {
        let zip = ZipWriter.archive([.init("word/document.xml", "a"), .init("WORD/document.xml", "b")])
        #expect(Self.read(zip)?.reason == .duplicateName("WORD/document.xml"))
    }

    @Test func truncatedAnywhereIsAnErrorNeverATrap() throws {
        let zip = ZipWriter.archive([.init("a.xml", ZipArchiveTests.text), .init("b.xml", "tail")])
        // Every cut: most lose the end record; the others lose data the directory promised.
        for cut in stride(from: 0, to: zip.count, by: 7) {
            let error = Self.read(Array(zip[0..<cut]))
            #expect(error != nil, "cut at \(cut) of \(zip.count) was read")
        }
    }

    @Test func damagedDataFailsTheCRCOrInflate() throws {
        let text = ZipArchiveTests.text
        for deflate in [false, true] {
            var zip = ZipWriter.archive([.init("a.xml", text, deflate: deflate)])
            zip[60] ^= 0x55
            let error = try #require(Self.read(zip))
            #expect(error.kind == .corrupt, "\(error)")
        }
    }

    @Test func everyByteFlippedIsAnErrorOrTheSameBytes() throws {
        let zip = ZipWriter.archive([.init("a.xml", "<a>short</a>"), .init("b.xml", "<b/>", deflate: false)])
        for i in zip.indices {
            var bad = zip
            bad[i] ^= 0xFF
            _ = Self.read(bad)   // any outcome but a trap or a hang
        }
    }

    @Test func declaredSizeMustMatch() throws {
        var m = ZipWriter.Member("a.xml", "hello world")
        m.claimedSize = 5
        #expect(Self.read(ZipWriter.archive([m]))?.kind == .corrupt)
        var s = ZipWriter.Member("a.xml", "hello world", deflate: false)
        s.claimedSize = 50
        #expect(Self.read(ZipWriter.archive([s]))?.kind == .corrupt)
    }

    @Test func encryptedAndUnknownMethodsRefused() throws {
        var encrypted = ZipWriter.Member("a.xml", "x")
        encrypted.flags = 1
        #expect(Self.read(ZipWriter.archive([encrypted]))?.reason == .encryptedMember("a.xml"))
        var bzip = ZipWriter.Member("a.xml", "x")
        bzip.method = 12
        #expect(Self.read(ZipWriter.archive([bzip]))?.reason == .unsupportedMethod("a.xml", method: 12))
    }

    @Test func tooManyEntriesRefused() throws {
        let zip = ZipWriter.archive((0..<20).map { .init("m\($0)", "x", deflate: false) })
        #expect(Self.read(zip, limits: ZipLimits(maxEntries: 10))?.reason == .tooManyMembers(count: 20, limit: 10))
    }

    @Test func notAZipAtAll() throws {
        #expect(Self.read(Array("just some text, long enough to have an end".utf8))?.reason == .truncated(member: nil))
        #expect(Self.read([])?.reason == .truncated(member: nil))
    }
}
