// `npm run data:add -- --help` (scripts/data-add.mjs).
export const USAGE = `Usage: npm run data:add -- --agreement ID --group GROUP --from YYYY-MM-DD --csv FILE
         --source-url URL --source-title TITLE [--publisher P] [--kind published|derived]
         [--note TEXT] [--dry-run] [--root DIR]
       npm run data:add -- --tax-year YEAR [--status proposed|adopted] [--set FIELD=VALUE …]
         --source-url URL --source-title TITLE [--publisher P] --note TEXT
         [--verification primary|secondary] [--dry-run] [--root DIR]
       npm run data:add -- --market OCCUPATION --year YEAR --csv FILE [--styrk CODE --title TITLE]
         --source-url URL --source-title TITLE [--publisher P] --note TEXT
         [--verification primary|secondary] [--dry-run] [--root DIR]

Changes one thing in data/ with its source (retrieved today), checks the whole dataset with the
widget's validator, regenerates src/generated/dataset-figures.json and prints what changed.
Nothing is written when anything is wrong, nor with --dry-run.

A pay table (one pay group's steps from one date) into data/agreements/ID.json, with each step's
rise against the group's previous table:
  --agreement ID       an agreement with its own tables (coverage "tariff"), e.g. ks, spekter
  --group GROUP        one of its pay groups (the keys of "payGroups"), e.g. fagarbeider
  --from YYYY-MM-DD    when the table takes effect; after the group's newest table. A table
                       already dated so (another group of the same round) gets this group too.
  --csv FILE           the table: a header line "years;amount", then one step per line, e.g.
                         years;amount
                         0;437 300
                         10;496 700
                       amounts as printed: 437300, 437 300 or 437.300 (kroner a year, 100 %);
                       an empty amount means the step exists but its amount is not known.
  --kind KIND          published (default): the amounts are printed in the source.
                       derived: you computed them (the previous table plus published rises);
                       each step is stored as its previous amount plus the difference, and
                       --note must say how they were derived.
  --note TEXT          a note on the table, in Norwegian, shown with its figures

A tax year in data/rules/tax.json: marked adopted, or its figures corrected; a year not in the
file is added and needs --status and every figure but innsatssonen's. The year gets the source
and the note; each field's old → new value is printed.
  --tax-year YEAR      2000–2100
  --status STATUS      proposed (the government's budget proposal) or adopted (by Stortinget)
  --set FIELD=VALUE    a figure, once per field: personfradrag, minstefradragMax,
                       trygdeavgiftLowerLimit, innsatssonen.finnmarksfradrag in kroner
                       (120180 or "120 180"); ordinaryRate, minstefradragPercent,
                       trygdeavgiftPercent, trygdeavgiftPhaseInPercent, innsatssonen.ordinaryRate
                       in % (22, 1.7 or 1,7); trinnskatt as from:percent for each step, e.g.
                       --set trinnskatt=235150:1.7,331050:4,754050:13.7,1019300:16.8,1525900:17.8
  --note TEXT          required: in Norwegian, where the figures come from

SSB's pay statistics of a new year for an occupation in data/market/ssb.json, replacing the
year before, with each figure's old → new value and the change in %:
  --market OCCUPATION  e.g. helsesekretaer
  --year YEAR          the statistics' year; after the one in the file
  --csv FILE           kroner a month as printed, an empty cell where SSB publishes nothing:
                         measure;all;private;municipal;state
                         median;45 710;45 420;45 690;45 750
                         p25;43 490;;;
                         p75;47 580;;;
                         mean;45 500;45 280;46 060;45 580
                       "all" needs median, p25 and p75; a sector with figures needs its median.
  --styrk CODE         the STYRK-08 code (default: the file's; required for a new occupation)
  --title TITLE        SSB's name for the occupation (the same)
  --note TEXT          required: in Norwegian, what the figures are and where they were read

Every mode:
  --source-url URL     the http(s) page or document the figures are printed in
  --source-title TITLE its title
  --publisher P        who published it (default: the URL's host name)
  --verification V     tax years and SSB's figures: primary (default: you read the publisher's
                       own text) or secondary (a public copy of it)
  --dry-run            compute, check and print everything, write nothing
  --root DIR           the project folder whose data/ and src/generated/ are changed
                       (default: this package)
  --help               this text`;
