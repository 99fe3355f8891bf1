// Date.parse reads what V8's legacy parser reads besides the ISO format
// (stitch's local time is UTC, as node's under TZ=UTC).
console.log(Date.parse("Dec 25, 1995"), Date.parse("December 25, 1995")); // expect: 819849600000 819849600000
console.log(Date.parse("Mon, 25 Dec 1995 13:30:00 GMT"), Date.parse("Mon, 25 Dec 1995 13:30:00 +0430")); // expect: 819898200000 819882000000
console.log(new Date("December 17, 1995 03:24:00").toISOString()); // expect: 1995-12-17T03:24:00.000Z
console.log(Date.parse("1995/12/25"), Date.parse("12/25/1995 10:00 PM"), Date.parse("12/25/1995 12:00 AM")); // expect: 819849600000 819928800000 819849600000
console.log(Date.parse("2020-1-5"), Date.parse("2020-01-05 10:30"), Date.parse("2020/01/05 10:30:15.5")); // expect: 1578182400000 1578220200000 1578220215500
console.log(Date.parse("Thu, 01 Jan 1970 00:00:00 GMT+0100"), Date.parse("Thu, 01 Jan 1970 00:00:00 GMT-08:30")); // expect: -3600000 30600000
console.log(Date.parse("Dec 25"), Date.parse("25 December 1995 (a comment) UTC"), Date.parse("xyz 2020")); // expect: 1009238400000 819849600000 1577836800000
console.log(Date.parse("March 7, 2021 5:30 pm EST"), Date.parse("7 Mar 21"), Date.parse("1/2/3"), Date.parse("Jan 1 70")); // expect: 1615156200000 1615075200000 1041465600000 0
console.log(new Date("Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)").getTime()); // expect: 1646128800000
console.log(new Date(new Date(86400000).toString()).getTime(), new Date(new Date(86400000).toUTCString()).getTime()); // expect: 86400000 86400000
console.log(Date.parse("2020 xyz"), Date.parse("hello"), Date.parse("13/25/1995"), Date.parse("Feb 30 2020"), Date.parse("12:00"), Date.parse("")); // expect: NaN NaN NaN 1583020800000 NaN NaN
console.log(Date.parse("1995-12-25T10:00"), Date.parse("1995-12-25T25:00"), Date.parse("1995-12-25 25:00"), Date.parse("24:00 Jan 1 2000")); // expect: 819885600000 NaN NaN 946771200000
console.log(new Date("Sat Jan 01 2000").getTime(), new Date("2000 Jan 01 5:6:7").getTime(), String(new Date("bogus"))); // expect: 946684800000 946703167000 Invalid Date
