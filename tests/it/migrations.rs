//! The schema and its reference data: the same migrations on both databases, reversible, and a
//! treaty record that loads once however often it is loaded.

use clearway::entities::{state, treaty_event};
use migration::{Migrator, MigratorTrait, treaty_data};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::TestApp;

async fn counts(app: &TestApp) -> (u64, u64) {
    (
        state::Entity::find().count(&app.db).await.unwrap(),
        treaty_event::Entity::find().count(&app.db).await.unwrap(),
    )
}

#[tokio::test]
async fn the_treaty_record_loads_once_however_often_it_is_loaded() {
    let app = TestApp::spawn().await;
    let (states, events) = counts(&app).await;
    assert_eq!(states, 197);
    let expected_events: usize = treaty_data::parse(treaty_data::STATES_CSV)
        .unwrap()
        .iter()
        .map(|row| row.events().unwrap().len())
        .sum();
    assert_eq!(events, expected_events as u64);

    let again = treaty_data::load(&app.db).await.unwrap();
    assert_eq!((again.states_added, again.events_added), (0, 0));
    assert_eq!(counts(&app).await, (states, events));
}

#[tokio::test]
async fn every_migration_rolls_back_and_applies_again() {
    let app = TestApp::spawn().await;
    let schema = app.schema_connection().await;
    Migrator::down(&schema, None).await.unwrap();
    assert_eq!(
        Migrator::get_pending_migrations(&schema)
            .await
            .unwrap()
            .len(),
        Migrator::migrations().len()
    );
    Migrator::up(&schema, None).await.unwrap();
    assert_eq!(counts(&app).await.0, 197);
    assert!(clearway::db::is_ready(&app.db).await.is_ok());
}
