"""Every failure a user can cause, as a type with its documented exit code.

The CLI maps these to one line on stderr and the exit code; nothing else in the
package prints or exits.
"""


class SummitError(Exception):
    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UsageError(SummitError):
    """Unknown option value, format or category; conflicting options."""

    exit_code = 2


class InputError(SummitError):
    """Missing, unreadable, empty or unsupported input; no sentences."""

    exit_code = 3


class OutputError(SummitError):
    """The brief could not be written."""

    exit_code = 4


class NetworkError(SummitError):
    exit_code = 5


class RequirementError(SummitError):
    """A --require'd category came out empty."""

    exit_code = 6


EXIT_CODES = {
    0: "success",
    1: "unexpected error (a bug: rerun with --debug for details)",
    2: "usage error: unknown option or value, conflicting options",
    3: "input error: missing, unreadable, empty or unsupported input, or no sentences",
    4: "output error: the brief could not be written",
    5: "network error: a URL could not be fetched",
    6: "a --require'd category has no key point",
}
