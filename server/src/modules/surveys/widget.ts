/**
 * The web widget: `<script src="https://tandem.example/widget.js" data-survey="<publicId>" async></script>`.
 * It draws the survey's first question in place, inside a shadow root (the host page's CSS cannot break
 * it, and it cannot break the page), and posts the answer to the CORS-enabled public endpoint.
 * Plain ES5 so it runs on old phones; about 3 kB.
 */
export const WIDGET_JS = `(function(){
var s=document.currentScript;if(!s)return;var id=s.getAttribute('data-survey');if(!id)return;
var base=s.getAttribute('data-base')||new URL(s.src,location.href).origin;
var lang=s.getAttribute('data-lang')||((navigator.language||'vi').slice(0,2)==='en'?'en':'vi');
var host=document.createElement('div');host.setAttribute('data-tandem-survey',id);s.parentNode.insertBefore(host,s.nextSibling);
var root=host.attachShadow?host.attachShadow({mode:'open'}):host;
var css='.w{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;border:1px solid #dee2e6;border-radius:12px;padding:14px;background:#fff;max-width:560px}'+
'.q{font-weight:600;margin:0 0 10px}.s{display:flex;flex-wrap:wrap;gap:5px}.s button,.o button{font:inherit;border:1px solid #adb5bd;border-radius:8px;background:#fff;cursor:pointer;padding:8px 0;flex:1 0 34px}'+
'.s button:hover,.o button:hover{background:#e7f5ff}.s button:focus-visible,.o button:focus-visible,.send:focus-visible{outline:3px solid #74c0fc}.o button{display:block;width:100%;text-align:left;padding:8px 10px;margin:4px 0}'+
'.e{display:flex;justify-content:space-between;font-size:12px;color:#555;margin-top:4px}textarea{width:100%;box-sizing:border-box;font:inherit;min-height:70px;padding:8px;border:1px solid #adb5bd;border-radius:8px}'+
'.send{margin-top:8px;font:inherit;font-weight:600;border:0;border-radius:8px;background:#1c7ed6;color:#fff;padding:8px 14px;cursor:pointer}.err{color:#c92a2a;font-size:13px}';
function el(t,a,c){var e=document.createElement(t);for(var k in a){if(k==='text')e.textContent=a[k];else e.setAttribute(k,a[k])}(c||[]).forEach(function(x){e.appendChild(x)});return e}
function show(nodes){root.innerHTML='';root.appendChild(el('style',{text:css}));var w=el('div',{'class':'w',role:'region','aria-label':'Survey'},nodes);root.appendChild(w);return w}
function send(d,q,v){var box=root.querySelector('.w');if(box)box.setAttribute('aria-busy','true');var a={};a[q.id]=v;
var x=new XMLHttpRequest();x.open('POST',base+'/api/v1/public/surveys/'+encodeURIComponent(id)+'/responses');x.setRequestHeader('content-type','application/json');
x.onload=function(){if(x.status>=200&&x.status<300){show([el('p',{'class':'q',role:'status',text:d.thankYou})])}else{var w=root.querySelector('.w');if(w)w.appendChild(el('p',{'class':'err',role:'alert',text:d.errorText}))}};
x.onerror=x.onload;x.send(JSON.stringify({answers:a,language:lang}))}
function render(d){var q=d.question,nodes=[el('p',{'class':'q',id:'tq',text:q.text})];
if(q.min!==null){var row=el('div',{'class':'s',role:'group','aria-labelledby':'tq'});for(var v=q.min;v<=q.max;v++){(function(v){var b=el('button',{type:'button',text:String(v)});b.onclick=function(){send(d,q,v)};row.appendChild(b)})(v)}
nodes.push(row);nodes.push(el('div',{'class':'e','aria-hidden':'true'},[el('span',{text:q.min+' = '+q.lowLabel}),el('span',{text:q.max+' = '+q.highLabel})]))}
else if(q.options.length){var o=el('div',{'class':'o',role:'group','aria-labelledby':'tq'});q.options.forEach(function(op){var b=el('button',{type:'button',text:op.label});b.onclick=function(){send(d,q,q.type==='multiple_choice'?[op.id]:op.id)};o.appendChild(b)});nodes.push(o)}
else{var t=el('textarea',{'aria-labelledby':'tq',maxlength:'5000'});var b=el('button',{type:'button','class':'send',text:d.submitLabel});b.onclick=function(){if(t.value.trim())send(d,q,t.value)};nodes.push(t);nodes.push(b)}
show(nodes)}
var r=new XMLHttpRequest();r.open('GET',base+'/api/v1/public/surveys/'+encodeURIComponent(id)+'?lang='+lang);r.onload=function(){if(r.status===200){try{render(JSON.parse(r.responseText))}catch(e){}}};r.send();
})();`;
