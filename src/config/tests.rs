//! The settings' loading, layering and checks.

use super::*;
use figment::Jail;

fn load_in(jail: &Jail) -> Result<Settings, ConfigError> {
    Settings::from_figment(&Settings::figment(jail.directory(), "development"))
}

#[test]
fn defaults_listen_on_loopback_with_a_sqlite_file() {
    Jail::expect_with(|jail| {
        let settings = load_in(jail).unwrap();
        assert_eq!(settings.server.address.to_string(), "127.0.0.1:8080");
        assert_eq!(settings.database.url, "sqlite://data/clearway.db");
        assert!(settings.database.is_sqlite());
        Ok(())
    });
}

#[test]
fn environment_variables_and_database_url_override_files() {
    Jail::expect_with(|jail| {
        jail.create_file("development.toml", "[server]\naddress = \"127.0.0.1:9000\"")?;
        jail.set_env("CLEARWAY__LOG__FORMAT", "json");
        jail.set_env("DATABASE_URL", "postgres://u:p@localhost/clearway");
        let settings = load_in(jail).unwrap();
        assert_eq!(settings.server.address.to_string(), "127.0.0.1:9000");
        assert_eq!(settings.log.format, LogFormat::Json);
        assert_eq!(settings.database.url, "postgres://u:p@localhost/clearway");
        jail.set_env("CLEARWAY__SERVER__ADDRESS", "0.0.0.0:8081");
        assert_eq!(
            load_in(jail).unwrap().server.address.to_string(),
            "0.0.0.0:8081"
        );
        Ok(())
    });
}

#[test]
fn a_bad_value_names_its_key() {
    Jail::expect_with(|jail| {
        jail.set_env("CLEARWAY__SERVER__ADDRESS", "not an address");
        let message = load_in(jail).unwrap_err().to_string();
        // Figment spells a key from the environment as the variable does: SERVER.ADDRESS.
        assert!(
            message.to_lowercase().contains("server.address"),
            "{message}"
        );
        Ok(())
    });
    Jail::expect_with(|jail| {
        jail.set_env("CLEARWAY__SERVER__SECRET_KEY", "too short");
        let message = load_in(jail).unwrap_err().to_string();
        assert!(message.contains("server.secret_key"), "{message}");
        Ok(())
    });
    Jail::expect_with(|jail| {
        jail.set_env("DATABASE_URL", "mysql://localhost/clearway");
        let message = load_in(jail).unwrap_err().to_string();
        assert!(message.contains("database.url"), "{message}");
        Ok(())
    });
    for key in ["failures_per_account", "failures_per_address"] {
        Jail::expect_with(|jail| {
            jail.set_env(format!("CLEARWAY__AUTH__{}", key.to_uppercase()), "0");
            let message = load_in(jail).unwrap_err().to_string();
            assert!(message.contains(&format!("auth.{key}")), "{message}");
            Ok(())
        });
    }
    Jail::expect_with(|jail| {
        jail.create_file("development.toml", "[server]\nadress = \"127.0.0.1:1\"")?;
        let message = load_in(jail).unwrap_err().to_string();
        assert!(message.contains("adress"), "{message}");
        Ok(())
    });
}

#[test]
fn passwords_are_masked_wherever_they_are_in_a_url() {
    assert_eq!(
        redact_url("postgres://u:p@ss@host/db"),
        "postgres://u:***@host/db"
    );
    assert_eq!(
        redact_url("postgres://host/db?user=u&password=secret&sslmode=require"),
        "postgres://host/db?user=u&password=***&sslmode=require"
    );
    assert_eq!(
        redact_url("sqlite://data/clearway.db"),
        "sqlite://data/clearway.db"
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    Jail::expect_with(|jail| {
        jail.set_env("DATABASE_URL", "postgres://clearway:hunter2@db/clearway");
        jail.set_env("CLEARWAY__METRICS__TOKEN", "metrics-secret");
        let settings = load_in(jail).unwrap();
        let shown = format!("{settings:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(!shown.contains("metrics-secret"), "{shown}");
        assert!(
            shown.contains("postgres://clearway:***@db/clearway"),
            "{shown}"
        );
        Ok(())
    });
}

#[test]
fn the_roles_that_need_a_second_factor_are_roles() {
    use crate::auth::Role;
    Jail::expect_with(|jail| {
        assert_eq!(
            load_in(jail).unwrap().auth.second_factor_required,
            [Role::Staff, Role::Finance, Role::Admin]
        );
        jail.create_file(
            "development.toml",
            "[auth]\nsecond_factor_required = [\"admin\"]",
        )?;
        assert_eq!(
            load_in(jail).unwrap().auth.second_factor_required,
            [Role::Admin]
        );
        jail.create_file(
            "development.toml",
            "[auth]\nsecond_factor_required = [\"staff\", \"superuser\"]",
        )?;
        let message = load_in(jail).unwrap_err().to_string();
        assert!(message.contains("second_factor_required"), "{message}");
        assert!(message.contains("superuser"), "{message}");
        Ok(())
    });
}
