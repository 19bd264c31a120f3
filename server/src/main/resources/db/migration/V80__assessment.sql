-- 考核: the annual assessment of a campaign's units. The office edits, per campaign, each rule's
-- weight (its full points) and, for the rules that count occurrences, the points one occurrence
-- deducts; and the scores at which a unit is rated 好, 较好 and 一般 (below 一般: 差). A campaign
-- without a row here is assessed by the defaults of assessment/AssessmentSettings.
create table assessment_settings (
    campaign_id  bigint primary key references campaign (id) on delete cascade,
    good         numeric(6, 2) not null,
    fairly_good  numeric(6, 2) not null,
    fair         numeric(6, 2) not null,
    updated_by   varchar(64) not null,
    updated_at   timestamp with time zone not null,
    version      int not null default 0
);

create table assessment_rule_setting (
    campaign_id  bigint not null references assessment_settings (campaign_id) on delete cascade,
    rule         varchar(40) not null,
    weight       numeric(6, 2) not null,
    deduction    numeric(6, 2) not null,
    primary key (campaign_id, rule)
);

-- One computation of a campaign's year: when and by whom. Computing again replaces its results
-- and keeps the office's adjustments.
create table assessment_run (
    campaign_id  bigint not null references campaign (id) on delete cascade,
    assess_year  int not null,
    computed_by  varchar(64) not null,
    computed_at  timestamp with time zone not null,
    primary key (campaign_id, assess_year)
);

-- Each unit's score as computed, and as the office adjusted it with a written reason: both are
-- kept, the adjusted one (when set) standing for the unit's score and rating.
create table assessment_result (
    campaign_id     bigint not null,
    assess_year     int not null,
    org_id          bigint not null references organisation (id),
    computed_score  numeric(7, 2) not null,
    adjusted_score  numeric(7, 2),
    adjust_reason   varchar(1000),
    adjusted_by     varchar(64),
    adjusted_at     timestamp with time zone,
    version         int not null default 0,
    primary key (campaign_id, assess_year, org_id),
    constraint assessment_result_run foreign key (campaign_id, assess_year)
        references assessment_run (campaign_id, assess_year) on delete cascade
);

-- How each score was computed: per rule, the raw value, the weight and the points it gave (the
-- points of a unit add up to its computed score), with a note when a rule had nothing to count.
create table assessment_component (
    campaign_id  bigint not null,
    assess_year  int not null,
    org_id       bigint not null,
    rule         varchar(40) not null,
    weight       numeric(6, 2) not null,
    amount       numeric(12, 2) not null,
    detail       varchar(300) not null,
    points       numeric(7, 2) not null,
    primary key (campaign_id, assess_year, org_id, rule),
    constraint assessment_component_run foreign key (campaign_id, assess_year)
        references assessment_run (campaign_id, assess_year) on delete cascade
);
