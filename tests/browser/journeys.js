// The journeys walked by walk.js, as steps a person takes. Fields are found by their label's
// text, buttons and links by their name: when a page changes, change its step here.

'use strict';

const { PASSWORD } = require('./walk');

const TITLE = 'Mine risk education in Province 2 schools';
// The main menu (not the language switch, which is a nav of the header too).
const NAV = 'header nav:not(.languages)';
// The header's "Sign out" button in each language (templates/locales/*/layout.ftl).
const SIGN_OUT = { en: 'Sign out', fr: 'Se déconnecter', es: 'Cerrar sesión' };

// ---------------------------------------------------------------------------------------------
// Steps shared by the journeys

async function signIn(w, person) {
  await w.open('/', 'home');
  await w.follow('Sign in', { within: 'header', exact: true });
  await w.type('Email', person.email);
  await w.type('Password', PASSWORD);
  await w.press('Sign in');
  w.expectStatus(200);
  await w.expectTextIn('header', 'Sign out');
  // Signing in lands on the person's start page.
  if (new URL(w.page.url()).pathname !== '/start') {
    throw new Error(`signing in landed on ${w.page.url()}, not on the start page`);
  }
}

async function signOut(w) {
  await w.press('Sign out', { within: 'header' });
}

/** Opens the application of this walk from the Applications list. */
async function openTheApplication(w) {
  await w.follow('Applications', { within: NAV, exact: true });
  await w.follow(TITLE);
}

/** Every page the role's menu reaches, the first record each list links to, the account page,
 *  and a page that does not exist (the error page, with the signed-in header). */
async function menuPages(w) {
  w.counting = false;
  const links = await w.page.locator(NAV).getByRole('link').evaluateAll((as) => as.map((a) => ({
    text: a.textContent.trim(), href: a.getAttribute('href'),
  })));
  const seen = new Set();
  for (const link of links) {
    await w.open(link.href, `menu "${link.text}"`);
    const detail = await w.page.locator('main a[href]').evaluateAll((as) => as
      .map((a) => a.getAttribute('href'))
      .find((h) => /^\/[a-z-]+\/[A-Za-z0-9-]+$/.test(h) && !/\/(new|edit)$/.test(h)));
    if (detail && !seen.has(detail)) {
      seen.add(detail);
      await w.open(detail, `first record of "${link.text}"`);
    }
  }
  await w.follow(w.person.name, { within: 'header', exact: true });
  await w.open('/applications/999999999', 'a record that does not exist');
  w.expectStatus(404);
  await w.expectTextIn('header', SIGN_OUT[w.lang || 'en']);
  await w.expectTextIn('header', w.person.name);
  w.counting = true;
}

// ---------------------------------------------------------------------------------------------
// 1. A member drafts and submits an application.

async function memberStartsApplication(w) {
  await w.follow('Applications', { within: NAV, exact: true });
  await w.follow('Start an application');
}

async function memberFillsApplication(w) {
  await w.choose('Target state', /Nepal|India|Myanmar/);
  await w.type('Title', TITLE);
  await w.type('Summary', 'Lessons on the risk of mines and unexploded ordnance in 40 schools.');
  await w.type('Objectives', 'Every pupil of the 40 schools knows what to do on finding a device.');
  // The first row of each fieldset; the labels may or may not carry the row's number.
  const activities = 'main fieldset:has(> legend:text-is("Planned activities"))';
  const budget = 'main fieldset:has(> legend:text-is("Budget"))';
  await w.choose(/^(Activity 1: )?type/i, 0, { within: activities });
  await w.type(/^(Activity 1: )?from/i, '2027-03-01', { within: activities });
  await w.type(/^(Activity 1: )?to$/i, '2027-06-30', { within: activities });
  await w.type(/^(Activity 1: )?description/i, 'Training of 80 teachers, then lessons in class.', { within: activities });
  await w.choose(/^(Line 1: )?category/i, 0, { within: budget });
  await w.type(/^(Line 1: )?description/i, 'Teaching materials', { within: budget });
  // Typed the way pages show amounts.
  await w.type(/^(Line 1: )?amount/i, '1,800.00', { within: budget });
  await w.choose('Tier', 0);
  await w.type('What you would do at the lower tier', 'Twenty schools instead of forty.');
}

async function memberSubmits(w) {
  // "Check your answers" first; nothing is submitted until "Submit application".
  await w.press('Save and check your answers');
  await w.expectText('Check your answers');
  await w.press('Submit application');
  await w.expectText('Submitted');
}

const member = {
  name: 'Member drafts and submits',
  async walk(w, people) {
    w.person = people.member;
    await signIn(w, people.member);
    await memberStartsApplication(w);
    await memberFillsApplication(w);
    await memberSubmits(w);
    await menuPages(w);
    await signOut(w);
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Staff review and approve it; the reviewer scores it; finance approves and pays an
//    installment.

async function staffStartsReview(w) {
  await openTheApplication(w);
  await w.press('Start the review');
  await w.expectText('Under review');
}

async function staffAssignsReviewer(w, reviewer) {
  await w.choose('Assign a reviewer', reviewer.name);
  await w.press('Assign');
}

async function reviewerScores(w) {
  await openTheApplication(w);
  await w.tick('I declare that I have no conflict of interest');
  await w.press('Declare and continue');
  const groups = await w.page.locator('main form input[type=radio]').evaluateAll((rs) => [...new Set(rs.map((r) => r.name))]);
  for (const name of groups) {
    w.count();
    await w.page.locator(`main form input[type=radio][name="${name}"]`).last().check();
  }
  await w.choose('Recommendation', 0);
  await w.type('Comment', 'A clear plan with a sensible budget.');
  await w.press('Save the review');
}

async function staffApproves(w) {
  await openTheApplication(w);
  await w.type('Amount to award', '1,800.00');
  await w.press('Approve');
  await w.expectText('Approved');
  // The award's reference, by which finance finds it.
  const link = await w.page.locator('main a[href^="/awards/"]').first().innerText();
  w.award = link.match(/[A-Z]+-\d{4}-\d+/)[0];
}

async function staffRecordsSignature(w) {
  await w.follow('Open the award');
  const today = new Date().toISOString().slice(0, 10);
  await w.type('Agreement signed on', today);
  await w.press('Record');
}

async function financePays(w, award) {
  await w.follow('Payments', { within: NAV, exact: true });
  await w.follow(award, { exact: true });
  await w.press('Approve', { within: '#payments' });
  await w.type(/^Payment reference/, 'WALK-0001', { within: '#payments' });
  await w.press('Mark paid', { within: '#payments' });
  await w.expectTextIn('#payments', 'Paid');
}

const staff = {
  name: 'Staff review, approve; finance pays',
  async walk(w, people) {
    w.person = people.staff;
    await signIn(w, people.staff);
    await staffStartsReview(w);
    await staffAssignsReviewer(w, people.reviewer);
    await signOut(w);

    w.person = people.reviewer;
    await signIn(w, people.reviewer);
    await reviewerScores(w);
    await menuPages(w);
    await signOut(w);

    w.person = people.staff;
    await signIn(w, people.staff);
    await staffApproves(w);
    await staffRecordsSignature(w);
    await menuPages(w);
    await signOut(w);

    w.person = people.finance;
    await signIn(w, people.finance);
    await financePays(w, w.award);
    await menuPages(w);
    await signOut(w);
  },
};

// ---------------------------------------------------------------------------------------------
// 3. A diplomat with no account asks ICBL to coordinate an approach, and reaches the status page.

async function diplomatFillsRequest(w) {
  await w.open('/coordinate', 'the public form');
  await w.choose('Requesting State', 'Germany');
  await w.type('Ministry or mission', 'Federal Foreign Office, Division for Humanitarian Demining');
  await w.type('Contact name', 'Anna Schmidt');
  await w.type('Contact email', 'anna.schmidt@diplo.example.org');
  await w.choose('Target state', 'India');
  await w.choose('Kind of approach', 0);
  await w.type('Planned from', '2027-02-01');
  await w.type('Planned until', '2027-02-28');
  const mode = w.page.locator('main input[type=radio][name=mode]').first();
  w.count();
  await mode.check();
  await w.type(/^Message/, 'We plan a démarche on the Convention in February.');
}

async function diplomatSends(w) {
  await w.press('Send the request');
  await w.follow(/status/i);
}

async function diplomatReplies(w) {
  await w.type('Your message to ICBL', 'Our mission in New Delhi can meet the campaign on 3 February.');
  await w.press('Send to ICBL');
  await w.expectText('Our mission in New Delhi can meet the campaign');
}

const diplomat = {
  name: 'Diplomat asks for coordination',
  async walk(w) {
    await diplomatFillsRequest(w);
    await diplomatSends(w);
    await diplomatReplies(w);
  },
};

// ---------------------------------------------------------------------------------------------
// 4. The same pages in French and Spanish: longer words must still fit a 320 px phone, and the
//    pages stay accessible (`lang` on the data that stays English). Each person signs in, picks
//    the language with the header's switch and tours their menu: staff and the member in French,
//    the reviewer and finance in Spanish; a visitor reads the public pages in both.

/** Follows the header's language switch to `code` (one click), and checks the page speaks it. */
async function switchLanguage(w, code) {
  await w.follow(new RegExp(`^(${{ fr: 'Français', es: 'Español' }[code]})$`), { within: 'header nav.languages' });
  const lang = await w.page.locator('html').getAttribute('lang');
  if (lang !== code) throw new Error(`[${w.journey}] the switch to ${code} left the page in "${lang}"`);
  w.lang = code;
}

async function publicPages(w) {
  w.counting = false;
  for (const pathname of ['/', '/coordinate', '/states', '/states/IND', '/open-data']) {
    await w.open(pathname, `public ${pathname}`);
  }
  w.counting = true;
}

const languages = {
  name: 'French and Spanish tours',
  async walk(w, people) {
    for (const [code, roles] of [['fr', ['staff', 'member']], ['es', ['reviewer', 'finance']]]) {
      for (const [i, role] of roles.entries()) {
        w.person = people[role];
        await signIn(w, people[role]);
        await switchLanguage(w, code);
        await menuPages(w);
        await w.press(SIGN_OUT[code], { within: 'header' });
        if (i === 0) await publicPages(w);
        // Back to English for the next person's sign-in (its steps find English labels).
        await w.follow(/^English$/, { within: 'header nav.languages' });
        w.lang = 'en';
      }
    }
  },
};

module.exports = [member, staff, diplomat, languages];
