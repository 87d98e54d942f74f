import Foundation
import Testing
@testable import KamervragenKit

/// Every way opening a PDF can fail gives one clear line and a sysexits code, quickly.
@Suite struct PDFErrorTests {
    func load(_ fixture: String, settings: Pdftotext.Settings = PDFFixtures.realSettings) throws -> LoadError? {
        let bytes = try Fixture.bytes("pdf/bad/\(fixture)")
        do {
            _ = try PDFReader.convert(bytes: bytes, source: fixture, settings: settings)
            return nil
        } catch {
            return error
        }
    }

    @Test func damagedPDF() throws {
        let error = try #require(try load("damaged.pdf"))
        #expect(error.kind == .badData)
        #expect(error.exitCode == 65)
        #expect(error.description.hasPrefix("damaged.pdf: damaged PDF: "))
        #expect(!error.description.contains("\n"))
    }

    @Test func encryptedPDF() throws {
        let error = try #require(try load("encrypted.pdf"))
        #expect(error.kind == .badData)
        #expect(error.description == "encrypted.pdf: encrypted PDF: cannot extract its text without the password")
    }

    @Test func pdfWithoutTextLayer() throws {
        let error = try #require(try load("image-only.pdf"))
        #expect(error.kind == .badData)
        #expect(error.description == "image-only.pdf: no text layer (scanned image?)")
    }

    @Test func pdftotextMissing() throws {
        let settings = Pdftotext.Settings(program: "/nonexistent/pdftotext")
        let error = try #require(try load("damaged.pdf", settings: settings))
        #expect(error.kind == .unavailable)
        #expect(error.exitCode == 69)
        #expect(error.description == "damaged.pdf: pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    }

    @Test func pdftotextNotOnPath() throws {
        let empty = try FakeTool.directory()
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(path: empty)))
        #expect(error.kind == .unavailable)
    }

    @Test func pdftotextHangsAndIsStopped() throws {
        let fake = try FakeTool.script("exec sleep 30")
        let started = Date()
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake, timeout: 0.5)))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.kind == .helperFailed)
        #expect(error.exitCode == 70)
        #expect(error.description == "damaged.pdf: pdftotext did not finish within 0.5 s and was stopped")
    }

    @Test func hangingGrandchildHoldingThePipeIsStoppedToo() throws {
        // A shell that starts sleep in the background keeps stdout open after it exits.
        let fake = try FakeTool.script("sleep 30 &\nsleep 30")
        let started = Date()
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake, timeout: 0.5)))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.kind == .helperFailed)
    }

    @Test func pdftotextFailsWithItsFirstErrorLine() throws {
        let fake = try FakeTool.script("echo 'I/O Error: out of cheese' >&2\necho 'second line' >&2\nexit 4")
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake)))
        #expect(error.kind == .helperFailed)
        #expect(error.description == "damaged.pdf: pdftotext failed (exit status 4): I/O Error: out of cheese")
    }

    @Test func pdftotextKilledBySignal() throws {
        let fake = try FakeTool.script("kill -9 $$")
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake)))
        #expect(error.kind == .helperFailed)
        #expect(error.description == "damaged.pdf: pdftotext was killed by signal 9")
    }

    @Test func pdftotextPrintingSomethingElse() throws {
        let fake = try FakeTool.script("cat > /dev/null\necho not xhtml")
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake)))
        #expect(error.kind == .helperFailed)
    }

    @Test func largeOutputDoesNotBlockOnAFullPipe() throws {
        // 4 MB on stdout and 1 MB on stderr before exiting 0, without reading the input.
        let fake = try FakeTool.script("""
        head -c 1048576 /dev/zero >&2
        printf '<page width="595" height="842">'
        head -c 4194304 /dev/zero | tr '\\0' ' '
        printf '<line><word xMin="1" yMin="1" xMax="9" yMax="9">Vraag</word></line></page>'
        """)
        let converted = try PDFReader.convert(bytes: try Fixture.bytes("pdf/bad/damaged.pdf"), source: "big", settings: Pdftotext.Settings(program: fake, timeout: 30))
        #expect(converted.paragraphTexts == ["Vraag"])
    }

    @Test func pdfWithTextButNoQuestions() throws {
        // Only furniture and one line of prose: nothing for the browser to show.
        let fake = try FakeTool.script("""
        cat > /dev/null
        cat <<'XHTML'
        <doc><page width="595" height="842">
        <line><word xMin="221" yMin="64" xMax="300" yMax="71.8">Geachte</word><word xMin="302" yMin="64" xMax="340" yMax="71.8">voorzitter,</word></line>
        <line><word xMin="221" yMin="766" xMax="300" yMax="774.3">Tweede</word><word xMin="302" yMin="766" xMax="340" yMax="774.3">Kamer,</word><word xMin="342" yMin="766" xMax="380" yMax="774.3">vergaderjaar</word></line>
        <line><word xMin="535" yMin="766" xMax="540" yMax="774.3">1</word></line>
        </page></doc>
        XHTML
        """)
        let bytes = try Fixture.bytes("pdf/bad/damaged.pdf")
        #expect(throws: LoadError(.badData, path: "letter.pdf", "no questions, answers or notice found in the PDF's text")) {
            try PDFReader.document(bytes: bytes, source: "letter.pdf", settings: Pdftotext.Settings(program: fake))
        }
        let converted = try PDFReader.convert(bytes: bytes, source: "letter.pdf", settings: Pdftotext.Settings(program: fake))
        #expect(converted.paragraphTexts == ["Geachte voorzitter,"])
    }

    /// A real PDF with an empty page tree, through the real pdftotext (which exits 99 and
    /// says "Invalid page count 0"): bad data, 65, as docs/pdf.md says, not a helper
    /// failure (it was 70 with pdftotext's own words).
    @Test func realPDFWithZeroPages() throws {
        let error = try #require(try load("zero-pages.pdf"))
        #expect(error.kind == .badData)
        #expect(error.exitCode == 65)
        #expect(error.description == "zero-pages.pdf: the PDF has no pages")
    }

    @Test func pdfWithoutPages() throws {
        let fake = try FakeTool.script("cat > /dev/null\necho '<html><body><doc>'\necho '</doc></body></html>'")
        let error = try #require(try load("damaged.pdf", settings: Pdftotext.Settings(program: fake)))
        #expect(error.kind == .badData)
        #expect(error.description == "damaged.pdf: the PDF has no pages")
    }

    @Test func theWholePDFReachesTheHelperOnStandardInput() throws {
        // 3 MB, more than a socket buffer holds: written in pieces as the helper reads.
        let copy = try FakeTool.directory() + "/received"
        let fake = try FakeTool.script("""
        cat > '\(copy)'
        echo '<doc><page width="595" height="842"><line><word xMin="1" yMin="1" xMax="9" yMax="8.8">ok</word></line></page></doc>'
        """)
        var input = Array("%PDF-1.4\n".utf8)
        for i in 0..<(3 << 20) { input.append(UInt8(truncatingIfNeeded: i &* 31)) }
        let converted = try PDFReader.convert(bytes: input, source: "big.pdf", settings: Pdftotext.Settings(program: fake, timeout: 30))
        #expect(converted.paragraphTexts == ["ok"])
        let received = try [UInt8](Data(contentsOf: URL(fileURLWithPath: copy)))
        #expect(received == input)
    }

    @Test func settingsComeFromTheEnvironment() {
        let environment = [
            "KAMERVRAGEN_PDFTOTEXT": "/opt/poppler/bin/pdftotext",
            "KAMERVRAGEN_PDFTOTEXT_TIMEOUT": "2.5",
            "PATH": "/a:/b",
        ]
        let settings = Pdftotext.Settings.fromEnvironment { environment[$0] }
        #expect(settings.program == "/opt/poppler/bin/pdftotext")
        #expect(settings.timeout == 2.5)
        #expect(settings.path == "/a:/b")
        let defaults = Pdftotext.Settings.fromEnvironment { _ in nil }
        #expect(defaults.program == nil)
        #expect(defaults.timeout == 20)
        let nonsense = Pdftotext.Settings.fromEnvironment { $0 == "KAMERVRAGEN_PDFTOTEXT_TIMEOUT" ? "soon" : nil }
        #expect(nonsense.timeout == 20)
    }

    // Recognition is by bytes, not by name.

    @Test func textFileNamedPDFIsReadAsText() throws {
        let bytes = try Fixture.bytes("pdf/bad/text-named.pdf")
        #expect(!PDFReader.isPDF(bytes))
        let document = try DocumentLoader.parse(bytes: bytes, source: "text-named.pdf")
        #expect(document.questions.map(\.number.description) == ["1"])
        #expect(document.answers.count == 1)
    }

    @Test func binaryFileNamedPDFIsNotTakenForAPDF() throws {
        let bytes = try Fixture.bytes("pdf/bad/binary-named.pdf")
        #expect(!PDFReader.isPDF(bytes))
        // The text reader's binary check answers for it (bad data, 65), not pdftotext.
        #expect(throws: LoadError.self) { try DocumentLoader.parse(bytes: bytes, source: "binary-named.pdf") }
    }

    @Test func pdfWithAnotherNameIsStillAPDF() throws {
        let bytes = try PDFFixtures.bytes("ah-tk-20232024-1949")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(PDFReader.isPDF(bytes))
        let document = try DocumentLoader.load(path: url.path)
        #expect(document.metadata.publicationID == "ah-tk-20232024-1949")
    }
}

/// Stand-ins for pdftotext: shell scripts in a fresh temporary folder.
enum FakeTool {
    static func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func script(_ body: String) throws -> String {
        let path = try directory() + "/pdftotext"
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
