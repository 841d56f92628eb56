//! The reviews part of an application's page: staff see every review, the criteria's means
//! and whom they may still assign; a reviewer sees their own declaration and review form.

use serde::Serialize;

use super::reviews::{self, CRITERIA, Recommendation, ReviewInput, ReviewItem};
use super::workflow::Status;
use crate::auth::CurrentUser;
use crate::choice::OptionView;
use crate::entities::{application, review};
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::NumberInput;

/// What the page shows of the reviews (flattened into the page's view).
#[derive(Serialize)]
pub(super) struct ReviewsPart {
    reviewers: Vec<OptionView>,
    reviews: Vec<ReviewRow>,
    criteria: Vec<String>,
    /// The mean of each criterion over the reviews given, and of every score.
    criterion_means: Vec<String>,
    overall_mean: Option<String>,
    my_review: Option<MyReview>,
}

impl ReviewsPart {
    /// Staff may assign someone still: there is a reviewer left to choose.
    pub(super) fn can_assign(&self) -> bool {
        !self.reviewers.is_empty()
    }

    /// The viewer is a reviewer of the application: the page shows their own form.
    pub(super) fn has_own_review(&self) -> bool {
        self.my_review.is_some()
    }

    /// Chooses the reviewer of id `value` in the assignment form (what a refused form held).
    pub(super) fn choose(&mut self, value: &str) {
        let value = value.trim();
        for option in &mut self.reviewers {
            option.selected = option.value == value;
        }
    }
}

#[derive(Serialize)]
struct ReviewRow {
    #[serde(flatten)]
    item: ReviewItem,
    recommendation_label: String,
    /// The reviewer by name (the address when the account has no name).
    reviewer_name: String,
}

/// The reviewer's own part of the page.
#[derive(Serialize)]
struct MyReview {
    declared: bool,
    scores: Vec<ScoreField>,
    recommendations: Vec<OptionView>,
    comment: String,
}

#[derive(Serialize)]
struct ScoreField {
    name: &'static str,
    label: String,
    options: Vec<OptionView>,
    error: Option<String>,
}

/// The reviews part for this viewer; `typed` and `errors` are a refused review's, shown again.
pub(super) async fn reviews_part<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: &application::Model,
    staff: bool,
    typed: Option<&ReviewInput>,
    errors: &FieldErrors,
    lang: Lang,
) -> Result<ReviewsPart, AppError> {
    let status = app.status;
    let all_reviews = reviews::of_application(db, app.id).await?;
    let submitted: Vec<&review::Model> = all_reviews
        .iter()
        .map(|(r, _)| r)
        .filter(|r| r.submitted_at.is_some())
        .collect();
    let (reviews_shown, my_review) = if staff {
        let rows = all_reviews
            .iter()
            .map(|(r, u)| review_row(ReviewItem::new(r, u.as_ref()), u.as_ref(), lang))
            .collect();
        (rows, None)
    } else {
        let mine = all_reviews.iter().find(|(r, _)| r.reviewer_id == user.id);
        (
            Vec::new(),
            mine.map(|(r, _)| my_review(r, typed, errors, lang)),
        )
    };
    let reviewers = if staff && !status.is_final() && status != Status::Draft {
        let assigned: Vec<i64> = all_reviews.iter().map(|(r, _)| r.reviewer_id).collect();
        reviews::candidates(db, &assigned)
            .await?
            .into_iter()
            .map(|u| OptionView {
                value: u.id.to_string(),
                label: if u.name.is_empty() {
                    u.email
                } else {
                    format!("{} ({})", u.name, u.email)
                },
                selected: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(ReviewsPart {
        reviewers,
        reviews: reviews_shown,
        criteria: CRITERIA
            .iter()
            .map(|(name, _)| criterion_label(lang, name))
            .collect(),
        criterion_means: if staff {
            criterion_means(&submitted)
        } else {
            Vec::new()
        },
        overall_mean: if staff {
            reviews::mean(
                &submitted
                    .iter()
                    .flat_map(|r| [r.relevance, r.feasibility, r.value_for_money, r.capacity])
                    .collect::<Vec<_>>(),
            )
        } else {
            None
        },
        my_review,
    })
}

/// The mean of each criterion, in the order of [`CRITERIA`], over the reviews submitted.
fn criterion_means(submitted: &[&review::Model]) -> Vec<String> {
    [
        |r: &review::Model| r.relevance,
        |r: &review::Model| r.feasibility,
        |r: &review::Model| r.value_for_money,
        |r: &review::Model| r.capacity,
    ]
    .iter()
    .map(|score| {
        let scores: Vec<Option<i16>> = submitted.iter().map(|r| score(r)).collect();
        reviews::mean(&scores).unwrap_or_default()
    })
    .collect()
}

fn review_row(
    item: ReviewItem,
    reviewer: Option<&crate::entities::user::Model>,
    lang: Lang,
) -> ReviewRow {
    let recommendation_label = item
        .recommendation
        .map(|r| r.label_in(lang).into_owned())
        .unwrap_or_default();
    ReviewRow {
        reviewer_name: reviewer
            .map(|u| u.name.trim())
            .filter(|n| !n.is_empty())
            .map_or_else(|| item.reviewer.clone(), str::to_owned),
        item,
        recommendation_label,
    }
}

fn my_review(
    review: &review::Model,
    typed: Option<&ReviewInput>,
    errors: &FieldErrors,
    lang: Lang,
) -> MyReview {
    let saved = [
        review.relevance,
        review.feasibility,
        review.value_for_money,
        review.capacity,
    ];
    let scores = CRITERIA
        .iter()
        .zip(saved)
        .map(|((name, _), saved)| {
            let typed_value = typed.and_then(|t| match *name {
                "relevance" => t.relevance.as_ref(),
                "feasibility" => t.feasibility.as_ref(),
                "value_for_money" => t.value_for_money.as_ref(),
                _ => t.capacity.as_ref(),
            });
            let current = typed_value
                .map(NumberInput::text)
                .or_else(|| saved.map(|s| s.to_string()))
                .unwrap_or_default();
            ScoreField {
                name,
                label: criterion_label(lang, name),
                options: (1..=5)
                    .map(|n| OptionView {
                        value: n.to_string(),
                        label: n.to_string(),
                        selected: current == n.to_string(),
                    })
                    .collect(),
                error: errors.first(name).map(str::to_owned),
            }
        })
        .collect();
    let recommendation = typed
        .and_then(|t| t.recommendation.clone())
        .or_else(|| review.recommendation.map(|r| r.as_str().to_owned()))
        .unwrap_or_default();
    MyReview {
        declared: review.declared_at.is_some(),
        scores,
        recommendations: Recommendation::options_in(lang, &recommendation),
        comment: typed
            .and_then(|t| t.comment.clone())
            .or_else(|| review.comment.clone())
            .unwrap_or_default(),
    }
}

/// A review criterion's name in `lang` (`value_for_money`: "Value for money").
pub(super) fn criterion_label(lang: Lang, name: &str) -> String {
    crate::i18n::text(
        lang,
        &format!("applications-criterion-{}", name.replace('_', "-")),
    )
}
