-- Whether a draft measure still has a unit the reader set and the office has not confirmed, as a
-- column: the review page counts them beside 确认写入台账, and counting by matching the JSON text
-- depended on how the JSON was spelt. Rows written before this are set once from their JSON.
alter table import_draft_item add column unconfirmed boolean default false not null;
update import_draft_item set unconfirmed = true
where kind = 'M' and body like '%"unconfirmedUnits":[_%' and body not like '%"unconfirmedUnits":[]%';
