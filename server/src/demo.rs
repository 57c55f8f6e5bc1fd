//! Demo data: the registry of individuals and three accounts to sign in with.

use crate::registry::{DEMO_PEOPLE, parse_people};
use crate::state::AppState;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "otinish-demo-2026";

/// How many people from the top of the registry get a demo account.
pub const DEMO_ACCOUNTS: usize = 3;

/// A demo account, as printed at start.
#[derive(Debug)]
pub struct DemoLogin {
    pub iin: String,
    pub name: String,
}

/// Loads the demo registry into the database and makes sure the demo accounts exist.
pub async fn load(state: &AppState) -> Result<Vec<DemoLogin>, Box<dyn std::error::Error>> {
    let people = parse_people(DEMO_PEOPLE)?;
    let rows: Vec<(String, String)> = people
        .iter()
        .map(|p| Ok((p.iin.clone(), serde_json::to_string(p)?)))
        .collect::<Result<_, serde_json::Error>>()?;
    state.store.load_registry(&rows).await?;
    let mut logins = Vec::new();
    for person in people.iter().take(DEMO_ACCOUNTS) {
        if state.store.user_by_iin(&person.iin).await?.is_none() {
            let hash = crate::password::hash(DEMO_PASSWORD.to_owned()).await?;
            state.store.create_user(&person.iin, &hash, state.now()).await?;
        }
        logins.push(DemoLogin { iin: person.iin.clone(), name: person.full_name() });
    }
    Ok(logins)
}
