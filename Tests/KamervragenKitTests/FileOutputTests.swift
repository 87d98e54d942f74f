import Foundation
import Testing
@testable import KamervragenKit

/// The one write-all-or-fail loop: everything arrives, and a failure is reported, never
/// passed over (browse into a pipe used to drop its write errors).
@Suite("file output")
struct FileOutputTests {
    @Test func everyByteArrivesThroughAPipeThatTakesLessAtOnce() throws {
        let pipe = Pipe()
        let text = String(repeating: "Vraag 1 · Antwoord op vragen 3 en 4\n", count: 20_000)  // ~0.8 MB, past a pipe's buffer
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = pipe.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let error = FileOutput(descriptor: pipe.fileHandleForWriting.fileDescriptor).write(text)
        try pipe.fileHandleForWriting.close()
        while !reader.isFinished { usleep(1000) }
        #expect(error == nil)
        #expect(received == Data(text.utf8))
    }

    @Test func aFullDiskIsReported() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(FileOutput(descriptor: fd).write("Vraag 1\n") == ENOSPC)
    }

    @Test func aClosedDescriptorIsReported() {
        // A number no test opens (closing one of our own could race a parallel test).
        #expect(FileOutput(descriptor: 1 << 20).write("Vraag 1\n") == EBADF)
    }

    @Test func nothingToWriteIsNoError() {
        #expect(FileOutput(descriptor: -1).write("") == nil)
    }
}
