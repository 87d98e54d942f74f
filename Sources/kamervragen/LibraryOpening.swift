import ArgumentParser
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

/// Opens a library for a command: finds the files, brings the index up to date with a
/// progress line, passes notices on (one line each on stderr), and turns failures into
/// the one-line error and sysexits code every command uses.
func openLibrary(_ paths: [String]) throws -> Library {
    guard !paths.isEmpty else {
        printError(Catalogue.Library.noPaths.text())
        throw ExitCode(.usage)
    }
    let progress = ProgressLine()
    var options = Library.Options()
    options.indexer.shouldStop = { Interruption.requested }
    do {
        let library = try Interruption.during {
            try Library.open(paths, options: options, notice: { progress.clear(); printError($0) },
                             progress: { progress.update($0) })
        }
        progress.clear()
        let r = library.report
        if r.interrupted {
            let total = library.files.files.count
            printError(Catalogue.Library.interrupted.text(String(total - remaining(r, total)), String(total)))
            throw ExitCode(Interruption.exitStatus)
        }
        if r.problems > 0 || !r.deferred.isEmpty { reportProblems(library) }
        return library
    } catch let error as LibraryError {
        progress.clear()
        printError(error.message)
        switch error.kind {
        case .noInput: throw ExitCode(.noInput)
        case .query: throw ExitCode(.usage)
        case .index: throw ExitCode(.ioError)
        case .interrupted: throw ExitCode(Interruption.exitStatus)
        }
    }
}

/// Files the run did not get to.
private func remaining(_ r: IndexingReport, _ total: Int) -> Int {
    max(0, total - r.unchanged - r.indexed - r.touched - r.moved - r.problems - r.deferred.count)
}

/// One line about files that are not in the index as documents, so a search that finds
/// nothing in them is not taken for an answer.
private func reportProblems(_ library: Library) {
    let r = library.report
    if let first = r.deferred.first {
        printError(r.deferred.count == 1 ? Catalogue.Library.deferred.text(first.path, first.message)
                   : Catalogue.Library.deferredMore.text(first.path, first.message, String(r.deferred.count - 1)))
    }
    if r.problems > 0 {
        let count = (try? library.store.problems().count) ?? r.problems
        printError(count == 1 ? Catalogue.Library.problem.text() : Catalogue.Library.problems.text(String(count)))
    }
}

/// The current folder, to print paths under it relative to it as grep does.
func currentDirectory() -> String? {
    guard let p = getcwd(nil, 0) else { return nil }
    defer { free(p) }
    return String(cString: p)
}
