//! A small tariff tool built on krakenql's generated client modules.

pub mod generated;

/// The balance line shown for an account, from a typed response.
pub fn balance_line(data: &generated::account_balance::ResponseData) -> Option<String> {
    let account = data.account.as_ref()?;
    Some(format!(
        "{}: {} pence",
        account.number.as_deref().unwrap_or("?"),
        account.balance
    ))
}
