// Empty statements, empty blocks and bare blocks.
;;;
{}
{ ; }
if (true) {} else {}
if (false); else console.log("else of empty then"); // expect: else of empty then
{
  {
    console.log("nested block"); // expect: nested block
  }
}
let i = 0;
while (i < 3) i++;
console.log(i); // expect: 3
for (; i < 6; i++);
console.log(i); // expect: 6
