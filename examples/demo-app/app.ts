#!/usr/bin/env node
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createExampleStacks } from './example-stacks';
import { suppressInherentFindings } from './nag-suppressions';

// `cdk synth -c stage=prod`; the stage picks account and Regions from cdk.json context "stages".
const app = new App();
const stage = (app.node.tryGetContext('stage') as string | undefined) ?? 'dev';
// `-c exampleRevision=2` is the example's next revision (one field changed), used by `npm start`.
const revision = Number(app.node.tryGetContext('exampleRevision') ?? 1);
const { india, indonesia, australia } = createExampleStacks(app, stage, revision);
// Every AwsSolutions finding fails synth unless suppressInherentFindings explains why it is accepted.
[india, indonesia, australia].forEach(suppressInherentFindings);
Aspects.of(app).add(new AwsSolutionsChecks());
app.synth();
