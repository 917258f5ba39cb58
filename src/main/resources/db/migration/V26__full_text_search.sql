-- Search across indicators, scorecards, risks and published reports (issue 16): PostgreSQL
-- full-text indexes in English over the text each kind is searched by. The search's
-- queries use these same expressions, so that the indexes serve them.

-- an indicator by its code, title, definition and owner; its figures by their commentary
create index indicator_search on indicator using gin
    (to_tsvector('english', code || ' ' || title || ' ' || coalesce(definition, '') || ' ' || coalesce(owner_name, '')));
create index measurement_commentary_search on measurement using gin
    (to_tsvector('english', coalesce(performance_details, '') || ' ' || coalesce(current_activity, '') || ' '
        || coalesce(future_activity, '')));

-- a scorecard by its code and name
create index scorecard_search on scorecard using gin (to_tsvector('english', code || ' ' || name));

-- a risk by what everyone who reads the register sees, and by the fields a council may keep
-- from the public (description, consequences, owner), which the search weighs one by one
create index risk_search on risk using gin
    (to_tsvector('english', reference || ' ' || title || ' ' || coalesce(category, '')));
create index risk_restricted_fields_search on risk using gin
    (to_tsvector('english', coalesce(description, '') || ' ' || coalesce(consequences, '') || ' ' || coalesce(owner, '')));

-- a published report by its title and its narrative, both in Part A
create index published_report_search on published_report using gin
    (to_tsvector('english', title || ' ' || coalesce(content::jsonb ->> 'narrative', '')));
