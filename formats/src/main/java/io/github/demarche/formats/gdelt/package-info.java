/**
 * GDELT's event tables: GDELT 1.0 rows (57 fields in the backfile, 58 in the daily files) and
 * GDELT 2.0 event exports (61 fields), tab-separated with no header, read into
 * {@link io.github.demarche.Event}s and written back exactly. Obtain the reader and the writer from
 * {@link io.github.demarche.formats.Formats} with {@link io.github.demarche.formats.DataFormat#GDELT1}
 * or {@link io.github.demarche.formats.DataFormat#GDELT2}; {@link io.github.demarche.formats.gdelt.GdeltRows}
 * says where each column goes in the model, {@link io.github.demarche.formats.gdelt.GdeltReader} which
 * rows are refused, {@link io.github.demarche.formats.gdelt.GdeltWriter} which events cannot be written.
 *
 * <p><b>The rules of a row's cells.</b> A reader refuses a row whose cell breaks its column's rule,
 * with the first such column (in the order of the row), the cell, the code and the message
 * {@code GDELT.<column> must <rule>, got '<cell>'}, such as
 * {@code GDELT.EventCode must be a CAMEO event code of GDELT's dialect, got '999'}. Every row of the
 * shared samples keeps them. A cell that keeps its rule but that a typed home cannot hold exactly
 * (a derived column that disagrees, a regional CAMEO "country") is kept as an attribute.
 * <table class="striped">
 * <caption>What a GDELT row's cells must be</caption>
 * <tr><th>columns</th><th>rule</th><th>code</th></tr>
 * <tr><td>GLOBALEVENTID</td><td>a whole number of 1 to 18 digits</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>SQLDATE</td><td>a date {@code yyyyMMdd}</td><td>NOT_A_DATE</td></tr>
 * <tr><td>MonthYear, Year</td><td>a whole number</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>FractionDate, AvgTone</td><td>a number</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>IsRootEvent</td><td>0 or 1</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>EventCode</td><td>a CAMEO event code of GDELT's dialect</td><td>UNKNOWN_CODE</td></tr>
 * <tr><td>QuadClass</td><td>1, 2, 3 or 4</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>GoldsteinScale</td><td>a number from -10 to 10</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>NumMentions, NumSources, NumArticles</td><td>a whole number</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>*Geo_Type</td><td>empty, or a whole number from 0 to 5</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>*Geo_CountryCode</td><td>empty, or two capital letters (FIPS 10-4, or GDELT's own such as {@code OS} for the oceans)</td><td>UNKNOWN_CODE</td></tr>
 * <tr><td>*Geo_Lat, *Geo_Long</td><td>empty, or a latitude from -90 to 90, a longitude from -180 to 180</td><td>NOT_A_NUMBER</td></tr>
 * <tr><td>DATEADDED</td><td>a date {@code yyyyMMdd} (1.0), a UTC time {@code yyyyMMddHHmmss} (2.0)</td><td>NOT_A_DATE</td></tr>
 * </table>
 *
 * @since 0.2
 */
package io.github.demarche.formats.gdelt;
