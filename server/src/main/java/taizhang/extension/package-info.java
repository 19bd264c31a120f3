/**
 * 申请延期: a unit assigned to a measure asks for a later deadline, with a reason; the office that
 * keeps the campaign approves or refuses, with a reason. An approval moves the measure's deadline in
 * force ({@link taizhang.ledger.Measure#extendTo}) and keeps the one first assigned, so overdue and
 * warnings follow the approved deadline. Each decision is audited and published as
 * {@link taizhang.extension.ExtensionDecided} for whoever notifies the unit. How many extensions
 * each unit asked for on each measure feeds the annual assessment (考核).
 */
package taizhang.extension;
