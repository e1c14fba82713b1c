//! The `secu` binary: hands the command line to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    secu::app::main()
}
