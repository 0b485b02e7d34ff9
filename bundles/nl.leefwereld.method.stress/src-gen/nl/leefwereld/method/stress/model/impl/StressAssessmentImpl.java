/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.stress.model.impl;

import java.util.Collection;

import nl.leefwereld.method.stress.model.ScarcityDomain;
import nl.leefwereld.method.stress.model.StressAssessment;
import nl.leefwereld.method.stress.model.StressPackage;
import nl.leefwereld.method.stress.model.StressSignal;

import nl.leefwereld.model.impl.AssessmentImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl#getObservation <em>Observation</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl#getClientScore <em>Client Score</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.impl.StressAssessmentImpl#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StressAssessmentImpl extends AssessmentImpl implements StressAssessment {
	/**
	 * The cached value of the '{@link #getSignals() <em>Signals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignals()
	 * @generated
	 * @ordered
	 */
	protected EList<StressSignal> signals;

	/**
	 * The default value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSERVATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected String observation = OBSERVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientScore() <em>Client Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientScore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CLIENT_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientScore() <em>Client Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientScore()
	 * @generated
	 * @ordered
	 */
	protected Integer clientScore = CLIENT_SCORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<ScarcityDomain> domains;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StressAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StressPackage.Literals.STRESS_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StressSignal> getSignals() {
		if (signals == null) {
			signals = new EDataTypeUniqueEList<StressSignal>(StressSignal.class, this, StressPackage.STRESS_ASSESSMENT__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObservation() {
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservation(String newObservation) {
		String oldObservation = observation;
		observation = newObservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StressPackage.STRESS_ASSESSMENT__OBSERVATION, oldObservation, observation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getClientScore() {
		return clientScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientScore(Integer newClientScore) {
		Integer oldClientScore = clientScore;
		clientScore = newClientScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StressPackage.STRESS_ASSESSMENT__CLIENT_SCORE, oldClientScore, clientScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScarcityDomain> getDomains() {
		if (domains == null) {
			domains = new EDataTypeUniqueEList<ScarcityDomain>(ScarcityDomain.class, this, StressPackage.STRESS_ASSESSMENT__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StressPackage.STRESS_ASSESSMENT__SIGNALS:
				return getSignals();
			case StressPackage.STRESS_ASSESSMENT__OBSERVATION:
				return getObservation();
			case StressPackage.STRESS_ASSESSMENT__CLIENT_SCORE:
				return getClientScore();
			case StressPackage.STRESS_ASSESSMENT__DOMAINS:
				return getDomains();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StressPackage.STRESS_ASSESSMENT__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends StressSignal>)newValue);
				return;
			case StressPackage.STRESS_ASSESSMENT__OBSERVATION:
				setObservation((String)newValue);
				return;
			case StressPackage.STRESS_ASSESSMENT__CLIENT_SCORE:
				setClientScore((Integer)newValue);
				return;
			case StressPackage.STRESS_ASSESSMENT__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends ScarcityDomain>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case StressPackage.STRESS_ASSESSMENT__SIGNALS:
				getSignals().clear();
				return;
			case StressPackage.STRESS_ASSESSMENT__OBSERVATION:
				setObservation(OBSERVATION_EDEFAULT);
				return;
			case StressPackage.STRESS_ASSESSMENT__CLIENT_SCORE:
				setClientScore(CLIENT_SCORE_EDEFAULT);
				return;
			case StressPackage.STRESS_ASSESSMENT__DOMAINS:
				getDomains().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case StressPackage.STRESS_ASSESSMENT__SIGNALS:
				return signals != null && !signals.isEmpty();
			case StressPackage.STRESS_ASSESSMENT__OBSERVATION:
				return OBSERVATION_EDEFAULT == null ? observation != null : !OBSERVATION_EDEFAULT.equals(observation);
			case StressPackage.STRESS_ASSESSMENT__CLIENT_SCORE:
				return CLIENT_SCORE_EDEFAULT == null ? clientScore != null : !CLIENT_SCORE_EDEFAULT.equals(clientScore);
			case StressPackage.STRESS_ASSESSMENT__DOMAINS:
				return domains != null && !domains.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (signals: "); //$NON-NLS-1$
		result.append(signals);
		result.append(", observation: "); //$NON-NLS-1$
		result.append(observation);
		result.append(", clientScore: "); //$NON-NLS-1$
		result.append(clientScore);
		result.append(", domains: "); //$NON-NLS-1$
		result.append(domains);
		result.append(')');
		return result.toString();
	}

} //StressAssessmentImpl
