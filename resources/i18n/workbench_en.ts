<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckedBeforePanel</name>
    <message numerus="yes">
        <source>Checked before in %n other article(s)</source>
        <translation>
            <numerusform>Checked before in %n other article</numerusform>
            <numerusform>Checked before in %n other articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>Saved %n file to %1</numerusform>
            <numerusform>Saved %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n claim(s) to %1</source>
        <translation>
            <numerusform>Exported %n claim to %1</numerusform>
            <numerusform>Exported %n claims to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message numerus="yes">
        <source>%1 of %n articles</source>
        <translation>
            <numerusform>%1 of %n article</numerusform>
            <numerusform>%1 of %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? Its claims (%n) go with it, with their sources and files, and its proposals. Ctrl+Z in the window brings them back.</source>
        <translation>
            <numerusform>Delete “%1”? Its claim goes with it, with its sources and files, and its proposals. Ctrl+Z in the window brings them back.</numerusform>
            <numerusform>Delete “%1”? Its %n claims go with it, with their sources and files, and its proposals. Ctrl+Z in the window brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message numerus="yes">
        <source>%n proposed claim(s), %1 of them not claims yet</source>
        <translation>
            <numerusform>%n proposed claim, %1 not yet a claim</numerusform>
            <numerusform>%n proposed claims, %1 of them not claims yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>%n claim added</numerusform>
            <numerusform>%n claims added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) updated</source>
        <translation>
            <numerusform>%n claim updated</numerusform>
            <numerusform>%n claims updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported</source>
        <translation>
            <numerusform>%n event imported</numerusform>
            <numerusform>%n events imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) not trusted (after the break in the bundle&apos;s trail)</source>
        <translation>
            <numerusform>%n new event not trusted (after the break in the bundle&apos;s trail)</numerusform>
            <numerusform>%n new events not trusted (after the break in the bundle&apos;s trail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settled: %n claim(s) kept as they are here</source>
        <translation>
            <numerusform>Settled: %n claim kept as it is here</numerusform>
            <numerusform>Settled: %n claims kept as they are here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settled: %n claim(s) taken from the bundle</source>
        <translation>
            <numerusform>Settled: %n claim taken from the bundle</numerusform>
            <numerusform>Settled: %n claims taken from the bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) changed on both sides are left as they are here until someone decides; import the bundle again to settle them.</source>
        <translation>
            <numerusform>%n claim changed on both sides is left as it is here until someone decides; import the bundle again to settle it.</numerusform>
            <numerusform>%n claims changed on both sides are left as they are here until someone decides; import the bundle again to settle them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) held back until those conflicts are settled</source>
        <translation>
            <numerusform>%n new event held back until those conflicts are settled</numerusform>
            <numerusform>%n new events held back until those conflicts are settled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>Saved %n file to %1</numerusform>
            <numerusform>Saved %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n capture(s)</source>
        <translation>
            <numerusform>%n capture</numerusform>
            <numerusform>%n captures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) of this source</source>
        <translation>
            <numerusform>%n capture of this source</numerusform>
            <numerusform>%n captures of this source</numerusform>
        </translation>
    </message>
</context>
</TS>
