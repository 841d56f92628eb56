//! Integration tests: each starts the whole service on a fresh database (a new SQLite file, or a
//! new PostgreSQL database when CLEARWAY_TEST_DATABASE_URL is set) and talks HTTP to it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod contract;
mod helpers;

mod accounts;
mod api_document;
mod api_walk;
mod application_pages;
mod applications;
mod attachments;
mod audit;
mod auth;
mod award_pages;
mod awards;
mod backup;
mod blind_review;
mod bulk;
mod campaigns;
mod cli;
mod client_address;
mod connections;
mod coordination;
mod currencies;
mod db;
mod deadlines;
mod exports;
mod flags;
mod hygiene;
mod invitations;
mod letters;
mod migrations;
mod money;
mod notify;
mod open_data;
mod organizations;
mod outages;
mod platform;
mod retention;
mod rounds;
mod second_factor;
mod seed;
mod sensitivity;
mod smtp;
mod states;
mod typed_columns;
