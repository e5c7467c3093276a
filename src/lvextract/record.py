"""The lvextract record, version 1: the contract described in docs/record.md, as Pydantic models.

Field order is the order of the spec (JSON keys come out in this order). Fields beyond
the spec are additions only; none changes the meaning of a spec field.
"""
from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

# TIMEX3-style: a year, year-month or full date; X for what the text leaves unknown.
DATE_VALUE = r"^(\d{4}|XXXX)(-(\d{2}|XX)(-\d{2})?|-W\d{2})?$"
DateValue = Annotated[str, Field(pattern=DATE_VALUE, examples=["2014-04-02", "2019-11", "2015", "XXXX-05-16"])]
ClockTime = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", examples=["10:30"])]
Number = int | float


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Span(Model):
    """Character offsets into the decoded, NFC-normalised text: text[start:end] == span.text."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateRole(str, Enum):
    document = "document"
    event = "event"
    deadline = "deadline"
    period = "period"
    other = "other"


class EventStatus(str, Enum):
    planned = "planned"
    held = "held"


class BudgetKind(str, Enum):
    total = "total"
    funding = "funding"
    other = "other"


class TargetGroupId(str, Enum):
    roma = "roma"
    youth = "youth"
    neet = "neet"
    migrants = "migrants"
    refugees = "refugees"
    prisoners = "prisoners"
    ex_prisoners = "ex_prisoners"
    unemployed = "unemployed"
    long_term_unemployed = "long_term_unemployed"
    low_skilled = "low_skilled"
    disabled = "disabled"
    children = "children"
    families = "families"
    women = "women"
    seniors = "seniors"
    ethnic_minorities = "ethnic_minorities"
    social_risk = "social_risk"
    professionals = "professionals"
    ngo = "ngo"
    employers = "employers"


class FundingId(str, Enum):
    ESF = "ESF"
    ERDF = "ERDF"
    CF = "CF"
    ESF_PLUS = "ESF_PLUS"
    AMIF = "AMIF"
    EEA_NORWAY = "EEA_NORWAY"
    INTERREG = "INTERREG"
    REC = "REC"
    CERV = "CERV"
    ERASMUS_PLUS = "ERASMUS_PLUS"
    STATE = "STATE"
    MUNICIPAL = "MUNICIPAL"


class ErrorCode(str, Enum):
    not_found = "not_found"
    unreadable = "unreadable"
    empty = "empty"
    binary = "binary"
    undecodable = "undecodable"
    too_large = "too_large"
    internal = "internal"  # an extractor failed on this text; the run goes on
    not_a_file = "not_a_file"  # a FIFO, socket or device: never opened, it could block the run
    timeout = "timeout"  # processing passed the per-document time budget; the run goes on
    # A file of a known format that cannot be read as it: the code names the format and the problem.
    html_no_text = "html_no_text"
    pdf_encrypted = "pdf_encrypted"
    pdf_broken = "pdf_broken"
    pdf_no_text = "pdf_no_text"
    docx_broken = "docx_broken"
    docx_no_text = "docx_no_text"
    odt_broken = "odt_broken"
    odt_no_text = "odt_no_text"
    zip_unsupported = "zip_unsupported"


class DateMention(Model):
    value: DateValue | None = Field(description="null only for a relative date with no document or reference date to count from")
    end: DateValue | None = None
    anchored: bool = False
    role: DateRole = DateRole.other
    relative: str | None = Field(default=None, description="a relative expression normalised (+P1D, next-MO); null for a calendar date")
    span: Span


class Event(Model):
    type: str
    title: str | None = None
    start: DateValue | None = None
    end: DateValue | None = None
    start_time: ClockTime | None = None
    end_time: ClockTime | None = None
    place: str | None = None
    address: str | None = None
    status: EventStatus | None = None
    span: Span


class Deadline(Model):
    date: DateValue
    time: ClockTime | None = None
    action: str | None = None
    contact: str | None = None
    span: Span


class Contact(Model):
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    phones: list[str] = Field(default_factory=list, description="E.164, e.g. +37129442854")
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    span: Span
    name_rule: str | None = Field(default=None, description="addition: which rule restored the nominative name")


class Share(Model):
    percent: Number
    source: FundingId


class Budget(Model):
    amount: Number
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    kind: BudgetKind = BudgetKind.other
    shares: list[Share] = Field(default_factory=list)
    span: Span


class TargetGroup(Model):
    id: TargetGroupId
    text: str
    age_min: int | None = None
    age_max: int | None = None
    span: Span


class Funding(Model):
    id: FundingId
    name: str
    span: Span


class Project(Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    contract: str | None = None
    span: Span


class Error(Model):
    code: ErrorCode
    message: str


class Record(Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: str
    sha256: str
    title: str | None = None
    document_date: DateValue | None = Field(default=None, description="the dateline or publication date, with the grain the text gives (2021-03-12, 2019-05)")
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    budgets: list[Budget] = Field(default_factory=list)
    target_groups: list[TargetGroup] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: Error | None = Field(default=None, description="addition: set when the input could not be read or processed")
    source_format: str = Field(default="text", pattern=r"^(text|html|pdf|docx|odt)$",
                               description="addition: what the text was read out of; spans are offsets into that text")
    text: str | None = Field(default=None, description="addition: the document text the spans refer to (parse --with-text)")
    reference_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                       description="addition: the reference date the tool was given, when the text "
                                                   "stated no document date and it was used as the anchor")


# The record's list fields that extractors fill; `check --require` and `diff` work over these.
LIST_FIELDS = ("dates", "events", "deadlines", "contacts", "budgets", "target_groups", "funding", "projects", "warnings")


def json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lvextract record, schema_version 1"
    return schema
