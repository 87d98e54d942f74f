import ArgumentParser
import KamervragenKit

extension ExitCode {
    /// Every command ends with one of the statuses `ExitStatus` lists.
    init(_ status: ExitStatus) {
        self.init(status.rawValue)
    }
}
