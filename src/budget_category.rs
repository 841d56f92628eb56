//! What a budget line is for: the one list of categories that an application's budget, an
//! amendment's new budget and a report's declared spending all use.

use crate::choice::choice;

choice!(Category, "a budget category", {
    Personnel => "personnel", "Personnel",
    Travel => "travel", "Travel",
    Meetings => "meetings", "Meetings",
    Materials => "materials", "Materials",
    Communications => "communications", "Communications",
    Other => "other", "Other",
});
