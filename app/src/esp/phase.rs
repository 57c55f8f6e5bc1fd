//! Where a signing with NCALayer is: what the status region says and whether the button waits.
//! The server only ever renders [`SigningPhase::Idle`]; the browser moves through the rest.

use shared::Lang;
use shared::esp::{EspUi, NcaLayerProblem};

/// One step of signing something with NCALayer and sending it to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningPhase {
    Idle,
    Connecting,
    /// NCALayer's dialog is open.
    Waiting,
    /// The signature is on its way to the server, which checks it.
    Checking,
    /// The person closed NCALayer's dialog: back to idle with a short note.
    Cancelled,
    Problem(NcaLayerProblem),
    /// The server gave nothing to sign.
    StartFailed,
}

impl SigningPhase {
    /// Whether a signing is under way (the button ignores presses meanwhile).
    pub fn busy(self) -> bool {
        matches!(self, SigningPhase::Connecting | SigningPhase::Waiting | SigningPhase::Checking)
    }

    /// What the status region says.
    pub fn status(self, lang: Lang) -> &'static str {
        match self {
            SigningPhase::Connecting => EspUi::Connecting.get(lang),
            SigningPhase::Waiting => EspUi::WaitingForDialog.get(lang),
            SigningPhase::Checking => EspUi::Checking.get(lang),
            SigningPhase::Cancelled => NcaLayerProblem::Cancelled.get(lang),
            SigningPhase::Idle | SigningPhase::Problem(_) | SigningPhase::StartFailed => "",
        }
    }

    /// Whether the phase is a problem to show (and focus) with a retry.
    pub fn is_problem(self) -> bool {
        matches!(self, SigningPhase::Problem(_) | SigningPhase::StartFailed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_steps_in_flight_are_busy_and_a_cancel_is_said_quietly() {
        assert!(SigningPhase::Waiting.busy() && !SigningPhase::Cancelled.busy());
        assert_eq!(SigningPhase::Cancelled.status(Lang::En), NcaLayerProblem::Cancelled.get(Lang::En));
        assert!(!SigningPhase::Cancelled.is_problem());
        assert!(SigningPhase::Problem(NcaLayerProblem::NotRunning).is_problem());
        assert_eq!(SigningPhase::Idle.status(Lang::Ru), "");
    }
}
