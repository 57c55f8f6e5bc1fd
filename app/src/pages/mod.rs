//! One module per page.

pub mod application;
pub mod cabinet;
pub mod catalogue;
pub mod check;
pub mod confirmation;
pub mod documents;
pub mod home;
pub mod load_error;
pub mod login;
pub mod mobile_sign;
pub mod not_found;
pub mod passport;
pub mod question;
pub mod register;
