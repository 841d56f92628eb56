//! Money round-trips exactly through the database and sums exactly in SQL, on both backends.

use clearway::money::{Currency, Money, sum_minor};
use migration::money::money_columns;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, Table};
use sea_orm::{ConnectionTrait, FromQueryResult, QueryResult};

use crate::helpers::TestApp;

#[tokio::test]
async fn amounts_round_trip_and_sum_exactly() {
    let app = TestApp::spawn().await;
    let db = &app.db;
    let backend = db.get_database_backend();
    let table = Alias::new("money_probe");
    let [minor, currency] = money_columns("amount");
    db.execute(
        &Table::create()
            .table(table.clone())
            .col(
                sea_orm::sea_query::ColumnDef::new(Alias::new("id"))
                    .integer()
                    .not_null()
                    .primary_key(),
            )
            .col(minor)
            .col(currency)
            .to_owned(),
    )
    .await
    .unwrap();

    let usd = Currency::parse("USD").unwrap();
    let amounts = ["12500.50", "99999999999999.99", "0.01", "-0.01", "1"];
    for (id, text) in amounts.iter().enumerate() {
        let money = Money::parse(text, usd).unwrap();
        db.execute(
            &Query::insert()
                .into_table(table.clone())
                .columns([
                    Alias::new("id"),
                    Alias::new("amount_minor"),
                    Alias::new("amount_currency"),
                ])
                .values_panic([
                    (id as i32).into(),
                    money.minor().into(),
                    money.currency().code().into(),
                ])
                .to_owned(),
        )
        .await
        .unwrap();
    }

    let rows = db
        .query_all(
            &Query::select()
                .columns([Alias::new("amount_minor"), Alias::new("amount_currency")])
                .from(table.clone())
                .order_by(Alias::new("id"), sea_orm::Order::Asc)
                .to_owned(),
        )
        .await
        .unwrap();
    let read: Vec<String> = rows
        .iter()
        .map(|row| {
            let currency =
                Currency::parse(&row.try_get::<String>("", "amount_currency").unwrap()).unwrap();
            Money::from_minor(row.try_get("", "amount_minor").unwrap(), currency)
                .amount()
                .to_string()
        })
        .collect();
    assert_eq!(
        read,
        ["12500.50", "99999999999999.99", "0.01", "-0.01", "1.00"],
        "on {backend:?}"
    );

    #[derive(FromQueryResult)]
    struct Total {
        total: i64,
    }
    let total_of = |filter: Option<&'static str>| {
        let mut query = Query::select();
        query
            .expr_as(
                sum_minor(Expr::col(Alias::new("amount_minor"))),
                Alias::new("total"),
            )
            .from(table.clone());
        if let Some(currency) = filter {
            query.and_where(Expr::col(Alias::new("amount_currency")).eq(currency));
        }
        query.to_owned()
    };
    let row: QueryResult = db.query_one(&total_of(Some("USD"))).await.unwrap().unwrap();
    let total = Money::from_minor(Total::from_query_result(&row, "").unwrap().total, usd);
    assert_eq!(
        total.amount().to_string(),
        "100000000012501.49",
        "on {backend:?}"
    );

    let none: QueryResult = db.query_one(&total_of(Some("EUR"))).await.unwrap().unwrap();
    assert_eq!(
        Total::from_query_result(&none, "").unwrap().total,
        0,
        "an empty sum is zero"
    );
}
